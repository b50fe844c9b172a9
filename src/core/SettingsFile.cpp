// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsFile.h"

#include "DamagedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFile)
};

} // namespace

SettingsFile::SettingsFile(const QString &path)
    : m_iniPath(path)
    , m_settings(open())
{
    m_path = m_settings->fileName();
    m_settings->allKeys(); // Qt reads the file at the first question, and only then knows its status
    const QSettings::Status status = m_settings->status();
    const QString file = QDir::toNativeSeparators(m_path);
    if (status == QSettings::NoError) {
        if (!m_settings->isWritable()) {
            m_temporary = true;
            m_note
                = Text::tr("The settings cannot be saved in %1: changes made to them last until Revox Studio closes.")
                      .arg(file);
        }
        return;
    }
    const QString problem
        = status == QSettings::FormatError ? Text::tr("it is damaged") : Text::tr("it cannot be opened");
    // Let go of it first: nothing may write it back from what Qt understood of it.
    m_settings.reset();
    QString error;
    m_setAsideTo = DamagedFile::exists(m_path) ? DamagedFile::setAside(m_path, {}, &error) : QString();
    if (!m_setAsideTo.isEmpty()) {
        m_settings = open();
        m_note
            = Text::tr("The settings file %1 could not be read (%2). It was kept as %3, and Revox Studio started with "
                       "its default settings: saved connections, the window's layout and the table's columns are as "
                       "on a first start.")
                  .arg(file, problem, QDir::toNativeSeparators(m_setAsideTo));
        return;
    }
    m_temporary = true;
    m_sessionDir = std::make_unique<QTemporaryDir>();
    m_settings
        = std::make_unique<QSettings>(m_sessionDir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_note
        = Text::tr("The settings file %1 could not be read (%2), and it cannot be moved aside (%3). It was left as it "
                   "is; Revox Studio started with its default settings and keeps changes to them until it closes.")
              .arg(file, problem, error.isEmpty() ? Text::tr("it cannot be found") : error);
}

SettingsFile::~SettingsFile()
{
    m_settings.reset(); // written, before its session folder goes
}

std::unique_ptr<QSettings> SettingsFile::open() const
{
    return m_iniPath.isEmpty() ? std::make_unique<QSettings>()
                               : std::make_unique<QSettings>(m_iniPath, QSettings::IniFormat);
}
