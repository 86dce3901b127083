#pragma once
// One include for users of the rule engine. The precedence of the rules is documented in
// RuleEngine.h and docs/RULES.md.
#include "rules/Afspraak.h"
#include "rules/Beoordeling.h"
#include "rules/RuleEngine.h"
#include "rules/Validatie.h"
#include "rules/Venster.h"
