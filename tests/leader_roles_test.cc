// leader_roles.cc: the offices whose holder heads a state or government.
#include "leader_roles.h"

#include <catch2/catch.hpp>

TEST_CASE("heads of state and government come from the leader roles data", "[leader_roles]") {
  annals::Diagnostic error;
  CHECK(annals::CheckLeaderRoles(&error));
  CHECK(annals::IsLeaderRole("president"));
  CHECK(annals::IsLeaderRole("prime-minister"));
  CHECK(annals::IsLeaderRole("king"));
  CHECK_FALSE(annals::IsLeaderRole("foreign-minister"));
  CHECK_FALSE(annals::IsLeaderRole("vice-president"));
  CHECK_FALSE(annals::IsLeaderRole(""));
}
