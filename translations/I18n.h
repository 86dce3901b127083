#pragma once

// Translations of the strings in core/ and citizen-web/. Dutch is the source language; the
// compiled regie_nl.qm and regie_en.qm are embedded as resources (:/i18n/regie_<code>.qm)
// in the regie_i18n library, so a program that links it needs no files on disk.
//
// The functions below use QCoreApplication's global translator list, so call them from the
// thread that runs the event loop only (regie-server renders on that one thread).

#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

class QCoreApplication;
class QTranslator;

namespace regie::i18n {

enum class Language { Nederlands, Engels };

// "nl" or "en": the code in the .qm file names and in the session's language setting.
QString code(Language language);
// The language for a code ("nl", "en", case-insensitive); nullopt for any other code.
std::optional<Language> fromCode(QStringView code);

// The translator for language, loaded from the embedded resource on the first call and
// kept for the life of the program. nullptr when the resource is missing (a broken build).
const QTranslator *translator(Language language);

// `source` from `context` in the given language, without touching the installed translators
// (safe for any language at any moment); the source text when there is no translation.
QString translate(Language language, const char *context, const char *source);

// Makes language the language of QCoreApplication::translate() and tr(): installs its
// translator and removes the other one. false when the translator cannot be loaded or
// installed (the previous language then stays).
bool installTranslator(QCoreApplication &app, Language language);

// The language last installed through this API (Nederlands before any call).
Language currentLanguage();

// Installs language for the lifetime of the object and restores the previous language on
// destruction. Nests. Meant for rendering one request in the session's language:
//   i18n::ScopedLanguage taal(i18n::Language::Engels);
class ScopedLanguage {
public:
    explicit ScopedLanguage(Language language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

    // true when the requested language is active (false only in a broken build or
    // without a QCoreApplication).
    bool isActive() const { return active_; }

private:
    Language previous_;
    bool switched_ = false;
    bool active_ = false;
};

} // namespace regie::i18n
