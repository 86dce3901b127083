// regie-desk: log in (or resume from the keychain), then the main window.
//   regie-desk [--server URL] [--demo]

#include "app/LoginDialog.h"
#include "app/MainWindow.h"
#include "app/TokenKeychain.h"
#include "client/ApiClient.h"
#include "version/Version.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QTranslator>
#include <QtGui/QIcon>
#include <QtWidgets/QApplication>

#include <memory>

using namespace regie::desk;

namespace {

void installTranslations(QApplication &app)
{
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("regie_desk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // Qt WebEngine (PDF) needs it before the app
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Gemeente Utrecht"));
    QApplication::setApplicationName(QStringLiteral("regie-desk"));
    QApplication::setApplicationVersion(regie::version::text());
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(QStringLiteral(":/icons/regie-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    installTranslations(app);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption server(QStringLiteral("server"), QCoreApplication::translate("main", "Adres van regie-server."), QStringLiteral("url"));
    QCommandLineOption demo(QStringLiteral("demo"), QCoreApplication::translate("main", "Demomodus: toon de code van demo-accounts."));
    parser.addOption(server);
    parser.addOption(demo);
    parser.process(app);

    ApiClient api;
    TokenKeychain keychain;
    QObject::connect(&api, &ApiClient::refreshTokenChanged, &keychain, [&](const QString &user, const QString &token) {
        const QString key = TokenKeychain::key(api.server().toString(), user);
        if (token.isEmpty())
            keychain.remove(key, [](bool, QString) {});
        else
            keychain.store(key, token, [](bool, QString) {});
    });

    std::unique_ptr<MainWindow> window;
    std::function<void()> login = [&] {
        window.reset();
        LoginDialog dialog(api, parser.isSet(demo));
        if (parser.isSet(server))
            dialog.setServer(parser.value(server));
        if (dialog.exec() != QDialog::Accepted) {
            QApplication::quit();
            return;
        }
        window = std::make_unique<MainWindow>(api);
        QObject::connect(window.get(), &MainWindow::uitgelogd, &app, [&] { QMetaObject::invokeMethod(&app, login, Qt::QueuedConnection); });
        window->resize(1280, 800);
        window->show();
        window->start();
    };
    QMetaObject::invokeMethod(&app, login, Qt::QueuedConnection);
    return QApplication::exec();
}
