// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QSettings;
class QTemporaryDir;

// The app's settings file, opened once at start, that never blocks the app. A file Qt cannot read — damaged
// (QSettings::FormatError: Qt would rewrite it from the few keys it understood at the first change) or not
// readable (AccessError) — is set aside with the time (DamagedFile) and the app starts from the defaults. One
// that cannot be moved is left untouched, and the settings of this session live in a file of their own that
// goes with it. note() says what happened, in words for people.
class SettingsFile
{
public:
    // `path` empty: the application's own settings (QSettings(): organization and application name, native
    // format); else an ini file there.
    explicit SettingsFile(const QString &path = {});
    ~SettingsFile();
    SettingsFile(const SettingsFile &) = delete;
    SettingsFile &operator=(const SettingsFile &) = delete;

    QSettings &settings() const { return *m_settings; }
    // The file as found at start (QSettings::fileName()).
    QString path() const { return m_path; }
    // Where a file that could not be read was kept; empty when it was fine or could not be moved.
    QString setAsideTo() const { return m_setAsideTo; }
    // Changes made this session are not kept past it: the file could not be moved, or cannot be written.
    bool isTemporary() const { return m_temporary; }
    // What was done, for people; empty when the file was fine.
    QString note() const { return m_note; }

private:
    std::unique_ptr<QSettings> open() const;

    QString m_iniPath;
    QString m_path;
    QString m_setAsideTo;
    bool m_temporary = false;
    QString m_note;
    std::unique_ptr<QTemporaryDir> m_sessionDir;
    std::unique_ptr<QSettings> m_settings;
};
