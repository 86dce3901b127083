#include "I18n.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTranslator>

#include <array>
#include <cstddef>

// The resource is an object library that CMake links into every program using regie_i18n;
// referencing its init function here also makes a missing resource a link error rather
// than a silently Dutch program. Q_INIT_RESOURCE has to be used outside any namespace.
static void initTranslationResource()
{
    Q_INIT_RESOURCE(regie_i18n_translations);
}

namespace regie::i18n {

namespace {

constexpr std::array kLanguages{Language::Nederlands, Language::Engels};

std::size_t indexOf(Language language) { return language == Language::Engels ? 1U : 0U; }

struct Translators {
    std::array<QTranslator, kLanguages.size()> translators;
    std::array<bool, kLanguages.size()> loaded{};
    std::array<bool, kLanguages.size()> installed{}; // Qt does not refuse a second install
    Language current = Language::Nederlands;

    Translators()
    {
        initTranslationResource();
        for (const Language language : kLanguages) {
            const std::size_t i = indexOf(language);
            loaded[i] = translators[i].load(QStringLiteral(":/i18n/regie_") + code(language) + QStringLiteral(".qm"));
        }
    }
};

Translators &state()
{
    static Translators s;
    return s;
}

QTranslator *loadedTranslator(Language language)
{
    Translators &s = state();
    const std::size_t i = indexOf(language);
    return s.loaded[i] ? &s.translators[i] : nullptr;
}

// Switching is install-then-remove so a failed install leaves the old language in place.
bool apply(Language language)
{
    Translators &s = state();
    if (QCoreApplication::instance() == nullptr)
        return false;
    QTranslator *wanted = loadedTranslator(language);
    if (wanted == nullptr)
        return false;
    if (!s.installed[indexOf(language)]) {
        if (!QCoreApplication::installTranslator(wanted))
            return false;
        s.installed[indexOf(language)] = true;
    }
    for (const Language other : kLanguages) {
        const std::size_t i = indexOf(other);
        if (other != language && s.installed[i]) {
            QCoreApplication::removeTranslator(&s.translators[i]);
            s.installed[i] = false;
        }
    }
    s.current = language;
    return true;
}

} // namespace

QString code(Language language)
{
    return language == Language::Engels ? QStringLiteral("en") : QStringLiteral("nl");
}

std::optional<Language> fromCode(QStringView text)
{
    for (const Language language : kLanguages) {
        if (text.compare(code(language), Qt::CaseInsensitive) == 0)
            return language;
    }
    return std::nullopt;
}

const QTranslator *translator(Language language) { return loadedTranslator(language); }

QString translate(Language language, const char *context, const char *source)
{
    if (const QTranslator *t = loadedTranslator(language)) {
        QString text = t->translate(context, source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

bool installTranslator(QCoreApplication &app, Language language)
{
    Q_UNUSED(app) // the parameter proves an application exists; translators are global
    return apply(language);
}

Language currentLanguage() { return state().current; }

ScopedLanguage::ScopedLanguage(Language language) : previous_(currentLanguage())
{
    if (language == previous_) {
        active_ = true;
        return;
    }
    switched_ = apply(language);
    active_ = switched_;
}

ScopedLanguage::~ScopedLanguage()
{
    if (switched_)
        apply(previous_);
}

} // namespace regie::i18n
