// SPDX-License-Identifier: GPL-3.0-or-later
// View ▸ Theme, and the colours that carry meaning: every pair of ThemeColors reaches WCAG AA contrast in the
// light, the dark and Fusion's own palette (4.5:1 for text, 3:1 for marks); the theme switches the whole app at
// once and comes back at the next start; and on screenshots of the real window in the light and the dark
// theme — the connection strip, a banner, a problem under a field, help, the conflict dialog's sides — the text
// as drawn stands out from what is behind it by 4.5:1. The screenshots are kept in REVOX_SCREENSHOT_DIR when it
// is set. Icons are drawn from vector images, sharp at 200 %.
#include "core/AssistantMerge.h"
#include "core/AssistantTableModel.h"
#include "support/AppFixture.h"
#include "ui/Banner.h"
#include "ui/ConflictDialog.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/ThemeColors.h"
#include "ui/editor/AssistantEditor.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHash>
#include <QIcon>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The contrast between the colour most of `image` has (what is behind the text) and the pixel that differs
// most from it (the text's strokes).
double drawnContrast(const QImage &image, QColor *background = nullptr, QColor *ink = nullptr)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000];
    }
    QRgb most = 0;
    int mostCount = -1;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (it.value() > mostCount) {
            most = it.key();
            mostCount = it.value();
        }
    }
    double best = 1;
    QRgb bestInk = most;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        const double ratio = ThemeColors::contrast(QColor(most), QColor(it.key()));
        if (ratio > best) {
            best = ratio;
            bestInk = it.key();
        }
    }
    if (background)
        *background = QColor(most);
    if (ink)
        *ink = QColor(bestInk);
    return best;
}

Assistant renamed(Assistant assistant, const QString &name)
{
    QJsonObject json = assistant.json();
    json.insert(u"name"_s, name);
    return *Assistant::fromJson(json);
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pairsReachWcagAA_data();
    void pairsReachWcagAA();
    void themeMenuSwitchesTheWholeApp();
    void screenshotsReadInBothThemes_data();
    void screenshotsReadInBothThemes();
    void iconsAreSharpAt200Percent();

private:
    QAction *themeAction(const char *name) const;
    void keep(const QString &name, const QImage &image);

    AppFixture m_app;
    QString m_screenshots;
};

void TestTheme::initTestCase()
{
    QVERIFY(m_app.start());
    m_app.createWindow();
    QVERIFY(m_app.showWindow());
    QVERIFY(m_app.load() > 0);
    m_screenshots = qEnvironmentVariable("REVOX_SCREENSHOT_DIR");
}

QAction *TestTheme::themeAction(const char *name) const
{
    return m_app.window()->findChild<QAction *>(QLatin1String(name));
}

void TestTheme::keep(const QString &name, const QImage &image)
{
    if (!m_screenshots.isEmpty())
        QVERIFY(image.save(QDir(m_screenshots).filePath(name + u".png"_s)));
}

void TestTheme::pairsReachWcagAA_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("ours"); // the palette is the app's: its own colours are held to the rule too
    QTest::newRow("light") << Theme::lightPalette() << true;
    QTest::newRow("dark") << Theme::darkPalette() << true;
    // With the System theme the desktop's palette is in use; the app's colours must read on it (Fusion's stands
    // for it here).
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    QTest::newRow("Fusion's own") << fusion->standardPalette() << false;
}

void TestTheme::pairsReachWcagAA()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, ours);
    const QList<ThemeColors::Pair> pairs = ThemeColors::pairs(palette);
    QVERIFY(pairs.size() >= 20);
    QStringList below;
    for (const ThemeColors::Pair &pair : pairs) {
        if (pair.paletteOnly && !ours)
            continue;
        const double ratio = ThemeColors::contrast(pair.foreground, pair.background);
        if (ratio < pair.minimumRatio)
            below.append(u"%1: %2 on %3 is %4:1, needs %5:1"_s
                             .arg(QString::fromLatin1(pair.name), pair.foreground.name(), pair.background.name())
                             .arg(ratio, 0, 'f', 2)
                             .arg(pair.minimumRatio));
    }
    QVERIFY2(below.isEmpty(), qPrintable(below.join(u'\n')));
    // The measure itself: black on white is 21:1, a colour on itself 1:1.
    QCOMPARE(ThemeColors::contrast(Qt::black, Qt::white), 21.0);
    QCOMPARE(ThemeColors::contrast(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
}

void TestTheme::themeMenuSwitchesTheWholeApp()
{
    QAction *dark = themeAction("actionThemeDark");
    QVERIFY(dark);
    dark->trigger();
    QVERIFY(ThemeColors::isDark(QApplication::palette()));
    QCOMPARE(m_app.settings().value(Theme::settingsKey).toString(), u"dark"_s);
    // The colours set by hand follow: the strip of the sandbox connection.
    auto *strip = m_app.window()->findChild<QLabel *>(u"connectionIndicator"_s);
    QCOMPARE(strip->palette().color(QPalette::Window), ThemeColors::color(ThemeColors::Role::SandboxStrip));
    QVERIFY(strip->palette().color(QPalette::Window).lightness() < 128);

    // Kept for the next start.
    m_app.createWindow();
    QVERIFY(ThemeColors::isDark(QApplication::palette()));
    QVERIFY(themeAction("actionThemeDark")->isChecked());

    themeAction("actionThemeLight")->trigger();
    QVERIFY(!ThemeColors::isDark(QApplication::palette()));
    themeAction("actionThemeSystem")->trigger();
    QCOMPARE(m_app.settings().value(Theme::settingsKey).toString(), u"system"_s);
    QVERIFY(m_app.showWindow());
    QVERIFY(m_app.load() > 0);
}

void TestTheme::screenshotsReadInBothThemes_data()
{
    QTest::addColumn<QString>("theme");
    QTest::newRow("light") << u"actionThemeLight"_s;
    QTest::newRow("dark") << u"actionThemeDark"_s;
}

void TestTheme::screenshotsReadInBothThemes()
{
    QFETCH(QString, theme);
    themeAction(theme.toLatin1().constData())->trigger();
    const QString name = QString::fromLatin1(QTest::currentDataTag());
    MainWindow *window = m_app.window();
    auto *info = window->findChild<Banner *>(u"infoBanner"_s);
    info->showMessage(Banner::Kind::Warning, u"A warning banner, as the app shows one."_s);
    AssistantEditor *editor = m_app.openEditor(0);
    QVERIFY(editor);
    // A problem under a field, and a changed field.
    QVERIFY(editor->focusField(u"webhook_url"_s));
    auto *webhook = editor->findChild<QLineEdit *>(u"webhook_url"_s);
    webhook->selectAll();
    QTest::keyClicks(webhook, u"not a web address"_s);
    auto *problem = editor->findChild<QLabel *>(u"issue:webhook_url"_s);
    QTRY_VERIFY(problem->isVisible());
    QTest::qWait(50); // painted
    keep(u"window-"_s + name, window->grab().toImage());

    struct Sample
    {
        const char *what;
        QWidget *widget;
    };
    const Sample samples[] = {
        {"connection strip", window->findChild<QLabel *>(u"connectionIndicator"_s)},
        {"warning banner", info->findChild<QLabel *>(u"bannerText"_s)},
        {"problem under a field", problem},
        {"help under a field", editor->findChild<QLabel *>(u"help:webhook_url"_s)},
    };
    QStringList below;
    for (const Sample &sample : samples) {
        QVERIFY2(sample.widget && sample.widget->isVisible(), sample.what);
        QColor background;
        QColor ink;
        const double ratio = drawnContrast(sample.widget->grab().toImage(), &background, &ink);
        if (ratio < 4.5)
            below.append(u"%1: %2 on %3, %4:1"_s.arg(QString::fromLatin1(sample.what), ink.name(), background.name())
                             .arg(ratio, 0, 'f', 2));
    }

    // The conflict dialog's sides, named in their colours.
    const Assistant base = *window->model()->assistant(window->model()->summaryAt(0).id());
    AssistantMerge merge(base, renamed(base, u"Mine"_s), renamed(base, u"Theirs"_s));
    ConflictDialog conflict(merge, window);
    conflict.show();
    QVERIFY(QTest::qWaitForWindowExposed(&conflict));
    keep(u"conflict-"_s + name, conflict.grab().toImage());
    int sides = 0;
    for (QLabel *label : conflict.findChildren<QLabel *>()) {
        if (label->text() != u"Yours" && label->text() != u"Now on the server")
            continue;
        ++sides;
        const double ratio = drawnContrast(label->grab().toImage());
        if (ratio < 4.5)
            below.append(u"conflict side “%1”: %2:1"_s.arg(label->text()).arg(ratio, 0, 'f', 2));
    }
    conflict.close();
    QCOMPARE(sides, 2);

    editor->undoStack()->setIndex(0);
    info->hide();
    QVERIFY2(below.isEmpty(), qPrintable(below.join(u'\n')));
}

void TestTheme::iconsAreSharpAt200Percent()
{
    // The app's themes (the System theme draws what the desktop gives).
    themeAction("actionThemeLight")->trigger();
    MainWindow *window = m_app.window();
    // The icons come once the window has shown its list (DeferredIcons).
    QTRY_VERIFY(window->findChild<QAction *>(u"actionRefresh"_s)->icon().pixmap(QSize(16, 16)).width() == 16);
    QStringList blurry;
    int icons = 0;
    const auto check = [&](const QString &what, const QIcon &icon) {
        if (icon.isNull())
            return;
        ++icons;
        for (const int size : {16, 22, 24, 32}) {
            const QPixmap pixmap = icon.pixmap(QSize(size, size), 2.0);
            if (pixmap.width() < 2 * size && pixmap.height() < 2 * size)
                blurry.append(
                    u"%1 at %2 px: %3×%4 device pixels"_s.arg(what).arg(size).arg(pixmap.width()).arg(pixmap.height()));
        }
    };
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (!action->objectName().isEmpty())
            check(action->objectName(), action->icon());
    }
    check(u"the app's icon"_s, QIcon(u":/icons/revox-studio.svg"_s));
    QVERIFY(icons >= 15);
    themeAction("actionThemeSystem")->trigger();
    QVERIFY2(blurry.isEmpty(), qPrintable(blurry.join(u'\n')));
}

QTEST_MAIN(TestTheme)
#include "TestTheme.moc"
