// regie-admin: the beheerder's command line for regie-server's store (docs/BEHEER.md).
//
//   regie-admin COMMAND [argument] [--config /etc/regie/regie.ini] [--data DIR] [...]
//
// It reads the same settings as regie-server (core/config: the INI file, the environment
// for secrets, the same flags), so `--config` is usually all it needs. Exit code 0: done
// and in order; 1: something is wrong, the output says what and what to do; 2: bad usage.
#include "Controle.h"
#include "Opdrachten.h"

#include "config/Reference.h"
#include "version/Version.h"

#include <QtCore/QCoreApplication>

using namespace regie;

namespace {

struct Opdracht {
    const char *naam;
    const char *argument;
    const char *uitleg;
    int (*doe)(admin::Omgeving &);
};

const Opdracht kOpdrachten[] = {
    {"check", "", "Controleer de instellingen, de opslag en de koppelingen (Allegro, ZGW, SMTP, DigiD)", admin::controleer},
    {"verify-audit", "", "Controleer de hash-keten van de audittrail", admin::verifieerAudit},
    {"backup", "BESTAND", "Maak een consistente back-up terwijl de server draait", admin::maakBackup},
    {"restore", "BESTAND", "Zet een back-up terug in een lege datamap (--data) en controleer hem", admin::zetBackupTerug},
    {"retention", "", "Pas de bewaartermijn nu toe ([retention] months)", admin::pasBewaartermijnToe},
    {"rotate-key", "", "Nieuwe hoofdsleutel; versleutel BSN, IBAN en TOTP-geheimen opnieuw", admin::roteerSleutel},
    {"create-beheerder", "NAAM", "Maak het eerste beheerdersaccount (wachtwoord via stdin, --naam)", admin::maakBeheerder},
};

QString hulp()
{
    QString opdrachten = QStringLiteral("Opdrachten:\n");
    for (const Opdracht &o : kOpdrachten)
        opdrachten += QString(QStringLiteral("  %1 %2").arg(QLatin1String(o.naam), QLatin1String(o.argument))).leftJustified(30)
                      + QLatin1String(o.uitleg) + QLatin1Char('\n');
    return QStringLiteral("Gebruik: regie-admin OPDRACHT [argument] [--config /etc/regie/regie.ini] [opties]\n\n") + opdrachten
           + QLatin1Char('\n')
           + config::usageText(QStringLiteral("Dezelfde instellingen als regie-server (docs/CONFIGURATION.md):"),
                               admin::programFlags());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("regie-admin"));
    const QStringList arguments = QCoreApplication::arguments();
    const QString naam = arguments.value(1);
    if (naam.isEmpty() || naam == QLatin1String("--help") || naam == QLatin1String("help")) {
        admin::uit() << hulp() << Qt::flush;
        return naam.isEmpty() ? admin::Gebruik : admin::Goed;
    }
    if (naam == QLatin1String("--version")) {
        admin::uit() << "regie-admin " << version::text() << Qt::endl;
        return admin::Goed;
    }
    for (const Opdracht &o : kOpdrachten) {
        if (naam != QLatin1String(o.naam))
            continue;
        admin::Omgeving omgeving;
        QString error;
        if (!omgeving.leesInstellingen(arguments, &error)) {
            admin::fout() << "regie-admin: " << error << Qt::endl;
            return admin::Gebruik;
        }
        return o.doe(omgeving);
    }
    admin::fout() << "regie-admin: onbekende opdracht '" << naam << "'\n\n" << hulp() << Qt::flush;
    return admin::Gebruik;
}
