#pragma once
// Turns an HTML report into a PDF with Qt WebEngine (QWebEnginePage::printToPdf): the same
// engine renders the inline SVG chart and the tables, with no temporary files besides the
// PDF itself. One page object per print; answers through the callback.

#include <QtCore/QObject>
#include <QtCore/QString>

#include <functional>

namespace regie::desk {

class PdfPrinter : public QObject {
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 60000;

    explicit PdfPrinter(QObject *parent = nullptr);
    void print(const QString &html, const QString &pdfPath, std::function<void(bool ok)> done);
};

} // namespace regie::desk
