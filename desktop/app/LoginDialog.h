#pragma once
// Log in to regie-server: server address, username, password and the six-digit code of the
// authenticator app. In demo mode (regie-desk --demo, against regie-server --demo) a banner,
// clearly marked DEMO, shows the current code of the demo account typed in.

#include <QtCore/QDateTime>
#include <QtWidgets/QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace regie::desk {

class ApiClient;

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(ApiClient &api, bool demo, QWidget *parent = nullptr);

    void setServer(const QString &address);
    QString username() const;
    // The demo banner's clock; tests point it at the server's fake clock.
    void setKlok(std::function<QDateTime()> klok) { klok_ = std::move(klok); }
    QString demoCode() const; // the code the banner shows now (empty outside demo mode)

private:
    void inloggen();
    void toonFout(const QString &tekst);
    void werkDemoBij();

    ApiClient &api_;
    bool demo_;
    QLineEdit *server_, *gebruiker_, *wachtwoord_, *code_;
    QLabel *demoBanner_ = nullptr, *fout_;
    QPushButton *inloggenKnop_;
    QTimer *demoTimer_ = nullptr;
    std::function<QDateTime()> klok_ = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace regie::desk
