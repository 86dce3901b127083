#pragma once
// A smoke test for taalniveau B1 (../shared/guide/B1.md): the Flesch-Douma score, the
// longest sentence and officialese words, measured on the visible text of a rendered page.
// A score is not proof of clear writing; it catches the worst regressions.

#include <QtCore/QRegularExpression>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace b1 {

struct Resultaat {
    double fleschDouma = 0;
    int woorden = 0, zinnen = 0, lettergrepen = 0;
    int langsteZin = 0;           // in words
    QString langsteZinTekst;
    QStringList verboden;         // officialese found
};

inline bool isKlinker(QChar c)
{
    static const QString klinkers = QStringLiteral("aeiouyàáâäèéêëìíîïòóôöùúûü");
    return klinkers.contains(c.toLower());
}

// Vowel groups, so ij, ei, oe, ou, au, ui, eu, ie, aa, ee, oo and uu count once. A trema
// (ë, ï) starts a new syllable ("geïnd" has two). A token without vowels ("€", "12") is one.
inline int lettergrepen(const QString &woord)
{
    int n = 0;
    bool inGroep = false;
    for (const QChar c : woord) {
        const bool trema = c == u'ë' || c == u'ï' || c == u'ü';
        if (isKlinker(c) && (!inGroep || trema)) {
            ++n;
            inGroep = true;
        } else if (!isKlinker(c)) {
            inGroep = false;
        }
    }
    return qMax(1, n);
}

// Visible text with one line per block element (headings, paragraphs, list items, cells,
// labels, buttons): a heading without a full stop is its own sentence, as a reader sees it.
inline QString zichtbareTekst(const QString &html)
{
    QString t = html;
    t.remove(QRegularExpression(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
                                QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption));
    t.replace(QRegularExpression(QStringLiteral("</?(p|h[1-6]|li|dt|dd|td|th|tr|button|label|legend|caption|title|desc|figcaption|div|a|option|nav|header|footer|ul|ol|dl|form|main|fieldset)\\b[^>]*>"),
                                 QRegularExpression::CaseInsensitiveOption),
              QStringLiteral("\n"));
    t.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    t.replace(QStringLiteral("&nbsp;"), QStringLiteral(" ")).replace(QStringLiteral("&bull;"), QStringLiteral("*"))
        .replace(QStringLiteral("&middot;"), QStringLiteral("\n")).replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">")).replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'")).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return t;
}

inline QStringList woordenVan(const QString &zin)
{
    QStringList uit;
    for (const QString &w : zin.split(QRegularExpression(QStringLiteral("[\\s/]+")), Qt::SkipEmptyParts)) {
        // A word has a letter or digit: "€" and "-" alone are not read as words.
        if (w.contains(QRegularExpression(QStringLiteral("[\\p{L}\\p{N}]"))))
            uit.append(w);
    }
    return uit;
}

inline QStringList zinnenVan(const QString &tekst)
{
    QStringList uit;
    for (const QString &blok : tekst.split(u'\n', Qt::SkipEmptyParts)) {
        // A full stop ends a sentence when a space or the end follows ("12,50." and "14:00" stay whole).
        for (const QString &zin : blok.split(QRegularExpression(QStringLiteral("(?<=[.!?:])\\s+")), Qt::SkipEmptyParts)) {
            if (!woordenVan(zin).isEmpty())
                uit.append(zin.simplified());
        }
    }
    return uit;
}

inline const QStringList &verbodenWoorden()
{
    // Officialese from B1.md and the common Rijksoverheid lists, plus the formal "u"/"uw"
    // (the pages say "je").
    static const QStringList lijst{
        QStringLiteral("betreffende"), QStringLiteral("verstrekken"), QStringLiteral("relevant"), QStringLiteral("onttrekking"),
        QStringLiteral("maatwerkafspraken"), QStringLiteral("bijv."), QStringLiteral("i.v.m."), QStringLiteral("middels"),
        QStringLiteral("teneinde"), QStringLiteral("derhalve"), QStringLiteral("alsmede"), QStringLiteral("ingevolge"),
        QStringLiteral("conform"), QStringLiteral("dientengevolge"), QStringLiteral("omtrent"), QStringLiteral("inzake"),
        QStringLiteral("aangaande"), QStringLiteral("tevens"), QStringLiteral("indien"), QStringLiteral("reeds"),
        QStringLiteral("thans"), QStringLiteral("hetgeen"), QStringLiteral("mits"), QStringLiteral("ten behoeve van"),
        QStringLiteral("d.w.z."), QStringLiteral("o.a."), QStringLiteral("m.b.t."), QStringLiteral("u"), QStringLiteral("uw")};
    return lijst;
}

inline Resultaat meet(const QString &tekst)
{
    Resultaat r;
    const QString klein = tekst.toLower();
    for (const QString &woord : verbodenWoorden()) {
        const QRegularExpression re(QStringLiteral("(?<![\\p{L}.])") + QRegularExpression::escape(woord) + QStringLiteral("(?![\\p{L}])"));
        if (re.match(klein).hasMatch())
            r.verboden.append(woord);
    }
    for (const QString &zin : zinnenVan(tekst)) {
        const QStringList woorden = woordenVan(zin);
        ++r.zinnen;
        r.woorden += static_cast<int>(woorden.size());
        for (const QString &w : woorden)
            r.lettergrepen += lettergrepen(w);
        if (woorden.size() > r.langsteZin) {
            r.langsteZin = static_cast<int>(woorden.size());
            r.langsteZinTekst = zin;
        }
    }
    if (r.woorden > 0 && r.zinnen > 0) {
        const double perHonderd = 100.0 * r.lettergrepen / r.woorden;
        const double perZin = static_cast<double>(r.woorden) / r.zinnen;
        r.fleschDouma = 206.84 - 0.77 * perHonderd - 0.93 * perZin;
    }
    return r;
}

} // namespace b1
