#include "app/LoginDialog.h"

#include "client/ApiClient.h"
#include "views/UiHelpers.h"

#include "crypto/Totp.h"

#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace regie::desk {

LoginDialog::LoginDialog(ApiClient &api, bool demo, QWidget *parent) : QDialog(parent), api_(api), demo_(demo)
{
    setWindowTitle(tr("Inloggen bij Regie"));
    auto *layout = new QVBoxLayout(this);
    if (demo_) {
        demoBanner_ = new QLabel(this);
        demoBanner_->setObjectName(QStringLiteral("demoBanner"));
        demoBanner_->setWordWrap(true);
        demoBanner_->setStyleSheet(QStringLiteral("QLabel { background: #FFE08A; color: black; border: 2px dashed black; padding: 6px; }"));
        toegankelijk(demoBanner_, tr("Demo-melding"), tr("Deze omgeving is een demo. Gebruik geen echte gegevens."));
        auto *kopieer = new QPushButton(tr("Kopieer code"), this);
        kopieer->setObjectName(QStringLiteral("kopieerCode"));
        toegankelijk(kopieer, tr("Kopieer demo-code"), tr("Zet de huidige demo-code op het klembord en in het codeveld."));
        connect(kopieer, &QPushButton::clicked, this, [this] {
            QGuiApplication::clipboard()->setText(demoCode());
            code_->setText(demoCode());
        });
        auto *rij = new QHBoxLayout;
        rij->addWidget(demoBanner_, 1);
        rij->addWidget(kopieer);
        layout->addLayout(rij);
    }
    auto *form = new QFormLayout;
    server_ = new QLineEdit(QSettings().value(QStringLiteral("server"), QStringLiteral("http://127.0.0.1:8080")).toString(), this);
    gebruiker_ = new QLineEdit(QSettings().value(QStringLiteral("gebruiker")).toString(), this);
    wachtwoord_ = new QLineEdit(this);
    wachtwoord_->setEchoMode(QLineEdit::Password);
    code_ = new QLineEdit(this);
    code_->setMaxLength(8);
    code_->setInputMethodHints(Qt::ImhDigitsOnly);
    server_->setObjectName(QStringLiteral("server"));
    gebruiker_->setObjectName(QStringLiteral("gebruiker"));
    wachtwoord_->setObjectName(QStringLiteral("wachtwoord"));
    code_->setObjectName(QStringLiteral("code"));
    toegankelijk(server_, tr("Serveradres"), tr("Het adres van regie-server, bijvoorbeeld https://regie.utrecht.nl"));
    toegankelijk(gebruiker_, tr("Gebruikersnaam"));
    toegankelijk(wachtwoord_, tr("Wachtwoord"));
    toegankelijk(code_, tr("Code"), tr("De zescijferige code uit uw authenticator-app."));
    form->addRow(tr("&Server:"), server_);
    form->addRow(tr("&Gebruikersnaam:"), gebruiker_);
    form->addRow(tr("&Wachtwoord:"), wachtwoord_);
    form->addRow(tr("&Code (authenticator):"), code_);
    layout->addLayout(form);
    fout_ = new QLabel(this);
    fout_->setObjectName(QStringLiteral("fout"));
    fout_->setWordWrap(true);
    fout_->setStyleSheet(QStringLiteral("QLabel { color: #A30000; }"));
    fout_->setVisible(false);
    toegankelijk(fout_, tr("Foutmelding"));
    layout->addWidget(fout_);
    auto *knoppen = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    inloggenKnop_ = knoppen->addButton(tr("&Inloggen"), QDialogButtonBox::AcceptRole);
    inloggenKnop_->setObjectName(QStringLiteral("inloggen"));
    inloggenKnop_->setDefault(true);
    connect(inloggenKnop_, &QPushButton::clicked, this, &LoginDialog::inloggen);
    connect(knoppen, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(knoppen);
    if (demo_) {
        demoTimer_ = new QTimer(this);
        connect(demoTimer_, &QTimer::timeout, this, &LoginDialog::werkDemoBij);
        connect(gebruiker_, &QLineEdit::textChanged, this, &LoginDialog::werkDemoBij);
        demoTimer_->start(1000);
        werkDemoBij();
    }
    (gebruiker_->text().isEmpty() ? gebruiker_ : wachtwoord_)->setFocus();
}

void LoginDialog::setServer(const QString &address) { server_->setText(address); }
QString LoginDialog::username() const { return gebruiker_->text().trimmed(); }

QString LoginDialog::demoCode() const
{
    if (!demo_ || username().isEmpty())
        return {};
    return crypto::totpCode(crypto::demoTotpSecret(username()), klok_());
}

void LoginDialog::werkDemoBij()
{
    const QString code = demoCode();
    demoBanner_->setText(code.isEmpty()
                             ? tr("DEMO — geen echte gegevens. Vul een demo-gebruikersnaam in om de code te zien.")
                             : tr("DEMO — geen echte gegevens. Code voor %1: %2 (wachtwoord: regie-demo)").arg(username(), code));
}

void LoginDialog::toonFout(const QString &tekst)
{
    fout_->setText(tekst);
    fout_->setVisible(!tekst.isEmpty());
}

void LoginDialog::inloggen()
{
    const QUrl url = QUrl::fromUserInput(server_->text().trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        toonFout(tr("Vul een geldig serveradres in."));
        server_->setFocus();
        return;
    }
    if (username().isEmpty() || wachtwoord_->text().isEmpty() || code_->text().trimmed().isEmpty()) {
        toonFout(tr("Vul gebruikersnaam, wachtwoord en code in."));
        return;
    }
    toonFout({});
    inloggenKnop_->setEnabled(false);
    api_.setServer(url);
    api_.login(LoginInvoer{username(), wachtwoord_->text(), code_->text().trimmed()}, this, [this, url](ApiResult<Geen> r) {
        inloggenKnop_->setEnabled(true);
        wachtwoord_->clear();
        code_->clear();
        if (!r.ok()) {
            toonFout(r.problem->melding());
            return;
        }
        QSettings().setValue(QStringLiteral("server"), url.toString());
        QSettings().setValue(QStringLiteral("gebruiker"), username());
        accept();
    });
}

} // namespace regie::desk
