// Replacing a file so that readers see the old contents or the new, never a
// mix: a temporary file in the same folder, written and fsync'ed, then renamed
// over the target.
#pragma once

#include <string>

namespace annals {

// Writes `contents` to `path` atomically. When `backup_suffix` is not empty
// and `path` exists, the previous version is kept as `path` + backup_suffix.
// A new file gets mode 0644 (less the umask); a replaced one keeps its mode.
// On failure (full disk, no permission, ...) `path` is untouched, no
// temporary file is left and `err` says "PATH: reason".
bool WriteFileAtomically(const std::string& path, const std::string& contents,
                         const std::string& backup_suffix, std::string* err);

}  // namespace annals
