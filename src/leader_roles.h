// The offices whose holder heads a state or its government (data/en/
// leader_roles.tsv), for rules that treat such a holder apart: a junta
// detaining its own president is a coup (rev10).
#ifndef ANNALS_LEADER_ROLES_H_
#define ANNALS_LEADER_ROLES_H_

#include <string_view>

#include "annals/diagnostic.h"

namespace annals {

// Reads data/en/leader_roles.tsv and checks every role is one that
// data/en/titles.tsv gives; a bad row gives a "file:line:col" error.
// EventRules::Load calls it so that a bad file stops the run.
bool CheckLeaderRoles(Diagnostic* error);

// "president", "prime-minister", "king" ...: a role of leader_roles.tsv.
bool IsLeaderRole(std::string_view role);

}  // namespace annals

#endif  // ANNALS_LEADER_ROLES_H_
