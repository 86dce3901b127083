#include "rapport/PdfPrinter.h"

#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtGui/QPageLayout>
#include <QtGui/QPageSize>
#include <QtWebEngineCore/QWebEnginePage>

#include <memory>

namespace regie::desk {

PdfPrinter::PdfPrinter(QObject *parent) : QObject(parent) {}

void PdfPrinter::print(const QString &html, const QString &pdfPath, std::function<void(bool)> done)
{
    auto *page = new QWebEnginePage(this);
    // The callback runs once: on the PDF, a failed load, or the timeout.
    auto finish = std::make_shared<std::function<void(bool)>>(std::move(done));
    auto once = [page, finish](bool ok) {
        if (!*finish)
            return;
        auto f = std::exchange(*finish, {});
        page->deleteLater();
        f(ok);
    };
    connect(page, &QWebEnginePage::loadFinished, this, [page, pdfPath, once](bool ok) {
        if (!ok) {
            once(false);
            return;
        }
        page->printToPdf(pdfPath, QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15)));
    });
    connect(page, &QWebEnginePage::pdfPrintingFinished, this, [once](const QString &, bool ok) { once(ok); });
    QTimer::singleShot(kTimeoutMs, page, [once] { once(false); });
    // A local base URL; the report has no external resources (inline SVG and CSS only).
    page->setHtml(html, QUrl(QStringLiteral("about:blank")));
}

} // namespace regie::desk
