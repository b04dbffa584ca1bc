#include "atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace annals {

namespace {

std::string Reason(const std::string& path, const char* what) {
  return path + ": " + what + ": " + std::strerror(errno);
}

std::string Folder(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

// Every byte, retrying short writes and EINTR; a full disk shows up here
// (ENOSPC) or at fsync/close, and then the temporary file is dropped.
bool WriteAll(int fd, const std::string& contents) {
  size_t done = 0;
  while (done < contents.size()) {
    ssize_t n = ::write(fd, contents.data() + done, contents.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return true;
}

// The rename is durable only once the folder's entry is on disk too.
void SyncFolder(const std::string& folder) {
  int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// The backup is a second name for the old file (a hard link), so there is
// no moment without a file at `path`; where links are not supported it is
// a copy, itself written atomically.
bool KeepBackup(const std::string& path, const std::string& backup, std::string* err) {
  std::string temp = backup + ".tmp";
  ::unlink(temp.c_str());
  if (::link(path.c_str(), temp.c_str()) != 0) {
    int in = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) {
      *err = Reason(path, "cannot read for the backup");
      return false;
    }
    std::string contents;
    std::vector<char> buffer(1 << 16);
    ssize_t n;
    while ((n = ::read(in, buffer.data(), buffer.size())) != 0) {
      if (n < 0) {
        if (errno == EINTR) continue;
        *err = Reason(path, "cannot read for the backup");
        ::close(in);
        return false;
      }
      contents.append(buffer.data(), static_cast<size_t>(n));
    }
    ::close(in);
    return WriteFileAtomically(backup, contents, "", err);
  }
  if (::rename(temp.c_str(), backup.c_str()) != 0) {
    *err = Reason(backup, "cannot keep the previous version");
    ::unlink(temp.c_str());
    return false;
  }
  return true;
}

}  // namespace

bool WriteFileAtomically(const std::string& path, const std::string& contents,
                         const std::string& backup_suffix, std::string* err) {
  struct stat existing {};
  bool exists = ::stat(path.c_str(), &existing) == 0;
  if (exists && !S_ISREG(existing.st_mode)) {
    *err = path + ": not a regular file";
    return false;
  }
  std::string pattern = path + ".tmp-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) {
    *err = Reason(path, "cannot create a temporary file next to it");
    return false;
  }
  std::string temp(name.data());
  mode_t mode = 0644;
  if (exists) {
    mode = existing.st_mode & 07777;
  } else {
    mode_t mask = ::umask(0);
    ::umask(mask);
    mode &= ~mask;
  }
  // Best effort: a mode we cannot set is no reason to lose the write.
  (void)::fchmod(fd, mode);
  bool ok = true;
  if (!WriteAll(fd, contents)) {
    *err = Reason(path, "cannot write");
    ok = false;
  } else if (::fsync(fd) != 0) {
    *err = Reason(path, "cannot write to disk");
    ok = false;
  }
  if (::close(fd) != 0 && ok) {
    *err = Reason(path, "cannot write");
    ok = false;
  }
  if (ok && exists && !backup_suffix.empty()) {
    ok = KeepBackup(path, path + backup_suffix, err);
  }
  if (ok && ::rename(temp.c_str(), path.c_str()) != 0) {
    *err = Reason(path, "cannot replace");
    ok = false;
  }
  if (!ok) {
    ::unlink(temp.c_str());
    return false;
  }
  SyncFolder(Folder(path));
  return true;
}

}  // namespace annals
