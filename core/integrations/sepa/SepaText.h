#pragma once
// The SEPA Latin character set (EPC guidelines): a-z A-Z 0-9 / - ? : ( ) . , ' + space.
// Banks reject or garble anything else, so names and texts are transliterated before they
// enter a pain.001 file rather than trusting the bank to do it.

#include <QtCore/QString>
#include <QtCore/QStringView>

namespace regie::sepa {

// True when every character is in the SEPA Latin character set.
bool isSepaText(QStringView text);

// Maps text onto the SEPA character set: accents dropped ("é" -> "e"), a few symbols
// replaced ("&" -> "+", "_" -> "-", quotes -> "'"), everything else removed; runs of
// white space collapse to one space; then cut to maxLength characters and trimmed.
QString toSepaText(QStringView text, qsizetype maxLength);

// An identifier (MsgId, EndToEndId) must survive unchanged, so it is checked, not
// transliterated: 1..35 SEPA characters, no leading/trailing '/', no "//", no spaces at
// the ends (EPC rules for references).
bool isValidSepaIdentifier(QStringView id);

} // namespace regie::sepa
