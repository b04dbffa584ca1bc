// The words of a timeline entry: a short headline built from the event
// (type, noun phrase, people, countries, place) and a stable id.
#pragma once

#include <array>
#include <string>

#include "actors.h"
#include "event_rules.h"

namespace annals {

// "Xi Jinping's first state visit to the United States", "Xi Jinping and
// Barack Obama meet in Paris", "First China–United States ministerial
// dialogue on fighting cyber crimes". `pair` names the two sides.
std::string Headline(const Mention& event, const std::array<std::string, 2>& pair,
                     const ActorLexicon& actors);

// Whether data/en/headline_places.tsv (the kinds of place a headline
// writes with "the" and their preposition) reads; a bad row gives
// file:line:col. Headline reads it on first use; loading the place words
// checks it up front so a bad edit is reported before any article.
bool CheckHeadlinePlaces(Diagnostic* error);

// A slug from the date, its qualifier, the type and the place:
// "2015-12-01-dialogue-washington", "2015-09-late-state-visit-united-states".
std::string EntryId(const Mention& event);

// Lower-case ASCII words joined by '-'.
std::string Slug(std::string_view text);

}  // namespace annals
