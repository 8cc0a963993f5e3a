// Games and desktop: Unity C#, Godot GDScript, Electron main process, Qt/C++, .NET App.config.
import { file, S, N, neg, G, R, PW, A } from './lib.mjs';

export default function desktop() {
  const out = [];

  // ------------------------------------------------------------ Unity
  out.push(file('unity/Skyhop/Assets/Scripts/Online/LeaderboardService.cs')`
    using System;
    using System.Collections;
    using System.Security.Cryptography;
    using System.Text;
    using UnityEngine;
    using UnityEngine.Networking;

    namespace Skyhop.Online
    {
        [Serializable]
        public class ScoreEntry
        {
            public string playerId;
            public string displayName;
            public int score;
            public long timestamp;
        }

        public class LeaderboardService : MonoBehaviour
        {
            [SerializeField] private string baseUrl = "https://scores.skyhop-game.com/api/v1";
            [SerializeField] private string apiKey = "";${neg('empty-value')}
            [SerializeField] private int maxEntries = 50;

            // PlayFab title id ships in every build
            private const string PlayFabTitleId = "${N(G.HEX(5), 'public-app-id')}";
            // Unity Cloud project id
            private const string CloudProjectId = "${N(G.uuid(), 'uuid')}";
            // HMAC key shared with the score server so clients can't forge submissions
            private const string ScoreSigningSecret = "${S(R.bytes(36).toString('base64'), 'hmac-secret')}";
            // Used only by the editor "Reset season" tool
            private const string PlayFabDeveloperSecret = "${S(R.str(A.uppernum, 52), 'playfab-secret-key')}";

            private string AuthToken => PlayerPrefs.GetString("auth_token", string.Empty);${neg('prefs-lookup')}

            public static event Action<ScoreEntry[]> OnLeaderboardLoaded;

            private static string Sign(string payload)
            {
                using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(ScoreSigningSecret));
                var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(payload));
                return BitConverter.ToString(hash).Replace("-", string.Empty).ToLowerInvariant();
            }

            public IEnumerator SubmitScore(string playerId, int score)
            {
                var entry = new ScoreEntry
                {
                    playerId = playerId,
                    score = score,
                    timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds()
                };
                var json = JsonUtility.ToJson(entry);
                using var req = new UnityWebRequest($"{baseUrl}/scores", "POST");
                req.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(json));
                req.downloadHandler = new DownloadHandlerBuffer();
                req.SetRequestHeader("Content-Type", "application/json");
                req.SetRequestHeader("X-Signature", Sign(json));
                req.SetRequestHeader("X-Api-Key", apiKey);
                if (!string.IsNullOrEmpty(AuthToken))
                    req.SetRequestHeader("Authorization", "Bearer " + AuthToken);
                yield return req.SendWebRequest();
                if (req.result != UnityWebRequest.Result.Success)
                    Debug.LogWarning($"Score submit failed: {req.error}");
            }

            public IEnumerator LoadTop()
            {
                using var req = UnityWebRequest.Get($"{baseUrl}/scores/top?limit={maxEntries}");
                yield return req.SendWebRequest();
                if (req.result == UnityWebRequest.Result.Success)
                {
                    var wrapper = JsonUtility.FromJson<ScoreList>(req.downloadHandler.text);
                    OnLeaderboardLoaded?.Invoke(wrapper.entries);
                }
            }

    #if UNITY_EDITOR
            public IEnumerator ResetSeason(string statisticName)
            {
                var url = $"https://{PlayFabTitleId}.playfabapi.com/Admin/ResetUserStatistics";
                using var req = new UnityWebRequest(url, "POST");
                req.SetRequestHeader("X-SecretKey", PlayFabDeveloperSecret);
                req.SetRequestHeader("X-Project", CloudProjectId);
                req.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes("{\"StatisticName\":\"" + statisticName + "\"}"));
                req.downloadHandler = new DownloadHandlerBuffer();
                yield return req.SendWebRequest();
            }
    #endif

            [Serializable]
            private class ScoreList { public ScoreEntry[] entries; }
        }
    }
  `);

  // ------------------------------------------------------------ Godot
  out.push(file('godot/skyhop/scripts/online/telemetry.gd', { tabs: true })`
    extends Node
    ## Crash + session telemetry. During the closed beta, crash reports also go to Discord.

    const TELEMETRY_URL := "https://telemetry.skyhop-game.com/v1/events"
    const CRASH_WEBHOOK := "${S(G.discordWebhook(), 'discord-webhook')}"
    const ITCH_API_KEY := "${N('YOUR_ITCH_API_KEY', 'placeholder')}"
    const DEBUG_DEVICE_ID := "${N(G.uuid(), 'device-id')}"
    const SAVE_SCHEMA_SHA256 := "${N(G.sha256(), 'checksum')}"

    var _session_id := ""
    var _api_token := OS.get_environment("SKYHOP_API_TOKEN")${neg('env-ref')}
    var _queue: Array[Dictionary] = []

    func _ready() -> void:
        _session_id = "%d-%d" % [Time.get_unix_time_from_system(), randi()]
        get_tree().root.connect("tree_exiting", _flush)

    func track(event_name: String, props: Dictionary = {}) -> void:
        props["session"] = _session_id
        props["platform"] = OS.get_name()
        props["version"] = ProjectSettings.get_setting("application/config/version")
        _queue.append({"event": event_name, "props": props})
        if _queue.size() >= 20:
            _flush()

    func _flush() -> void:
        if _queue.is_empty():
            return
        var http := HTTPRequest.new()
        add_child(http)
        var headers := ["Content-Type: application/json", "Authorization: Bearer %s" % _api_token]
        http.request(TELEMETRY_URL, headers, HTTPClient.METHOD_POST, JSON.stringify(_queue))
        _queue.clear()

    func report_crash(message: String, stack: Array) -> void:
        var http := HTTPRequest.new()
        add_child(http)
        var body := {
            "content": "Crash on %s (%s)" % [OS.get_name(), _session_id],
            "embeds": [{"title": message, "description": "\n".join(stack.map(func(f): return str(f)))}],
        }
        http.request(CRASH_WEBHOOK, ["Content-Type: application/json"], HTTPClient.METHOD_POST, JSON.stringify(body))

    func is_debug_device() -> bool:
        return OS.get_unique_id() == DEBUG_DEVICE_ID
  `);

  // ------------------------------------------------------------ Electron main.js
  out.push(file('electron/notesync/src/main.js')`
    const { app, BrowserWindow, ipcMain, safeStorage, shell } = require('electron');
    const { autoUpdater } = require('electron-updater');
    const Sentry = require('@sentry/electron/main');
    const keytar = require('keytar');
    const path = require('path');

    Sentry.init({ dsn: '${N(G.sentryDsn(), 'sentry-dsn')}' });

    const SERVICE = 'NoteSync';
    const isDev = !app.isPackaged;
    const CLOUD_API = process.env.NOTESYNC_API_URL || 'https://api.notesync.app';
    const telemetryKey = process.env.NOTESYNC_TELEMETRY_KEY;${neg('env-ref')}

    // Licence files are verified offline with this public key.
    const LICENSE_PUBLIC_KEY = \`
    ${N(G.ecPublicKey(), 'public-key')}
    \`;

    // Releases live in a private repo, so the updater needs a read token.
    autoUpdater.setFeedURL({
      provider: 'github',
      owner: 'notesync-labs',
      repo: 'notesync-desktop-releases',
      private: true,
      token: '${S(G.ghPat(), 'github-token')}',
    });

    let mainWindow;

    function createWindow() {
      mainWindow = new BrowserWindow({
        width: 1280,
        height: 820,
        minWidth: 900,
        title: 'NoteSync',
        webPreferences: {
          preload: path.join(__dirname, 'preload.js'),
          contextIsolation: true,
          sandbox: true,
        },
      });
      if (isDev) {
        mainWindow.loadURL('http://localhost:5173');
        mainWindow.webContents.openDevTools({ mode: 'detach' });
      } else {
        mainWindow.loadFile(path.join(__dirname, '../renderer/index.html'));
      }
      mainWindow.webContents.setWindowOpenHandler(({ url }) => {
        shell.openExternal(url);
        return { action: 'deny' };
      });
    }

    ipcMain.handle('auth:get-token', async (_event, account) => {
      return keytar.getPassword(SERVICE, account);${neg('keychain-lookup')}
    });

    ipcMain.handle('auth:set-token', async (_event, account, token) => {
      await keytar.setPassword(SERVICE, account, token);
      return true;
    });

    ipcMain.handle('vault:encrypt', (_event, text) => safeStorage.encryptString(text).toString('base64'));
    ipcMain.handle('vault:decrypt', (_event, b64) => safeStorage.decryptString(Buffer.from(b64, 'base64')));
    ipcMain.handle('license:public-key', () => LICENSE_PUBLIC_KEY.trim());
    ipcMain.handle('config:get', () => ({ api: CLOUD_API, telemetry: Boolean(telemetryKey) }));

    app.whenReady().then(() => {
      createWindow();
      if (!isDev) autoUpdater.checkForUpdatesAndNotify();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) createWindow();
      });
    });

    app.on('window-all-closed', () => {
      if (process.platform !== 'darwin') app.quit();
    });
  `);

  // ------------------------------------------------------------ Qt settings.cpp
  out.push(file('qt/stationdesk/src/settings.cpp')`
    #include "settings.h"

    #include <QInputDialog>
    #include <QLineEdit>
    #include <QSettings>
    #include <QSqlDatabase>
    #include <QSqlError>
    #include <QStandardPaths>
    #include <qt6keychain/keychain.h>

    namespace {
    constexpr auto kOrg = "Meridian Instruments";
    constexpr auto kApp = "StationDesk";
    // Fallback for the lab's shared reporting database when no profile is configured.
    constexpr auto kDefaultDbHost = "db-lab01.meridian.local";
    constexpr auto kDefaultDbName = "station_readings";
    constexpr auto kDefaultDbUser = "${N('stationdesk', 'username')}";
    constexpr auto kDefaultDbPassword = "${S(PW.any(), 'db-password')}";
    constexpr int kDefaultDbPort = 5432;
    } // namespace

    Settings::Settings(QObject *parent)
        : QObject(parent)
    {
        QSettings s(kOrg, kApp);
        m_host = s.value(QStringLiteral("db/host"), kDefaultDbHost).toString();
        m_port = s.value(QStringLiteral("db/port"), kDefaultDbPort).toInt();
        m_user = s.value(QStringLiteral("db/user"), kDefaultDbUser).toString();
        m_exportDir = s.value(QStringLiteral("export/dir"),
                              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    }

    QString Settings::proxyPassword() const
    {
        QSettings s(kOrg, kApp);
        return s.value(QStringLiteral("network/proxyPassword")).toString();${neg('settings-lookup')}
    }

    QString Settings::askPassword(QWidget *parent) const
    {
        bool ok = false;
        const QString pw = QInputDialog::getText(parent, tr("Database login"),
                                                 ${N('tr("Password for %1:").arg(m_user),', 'i18n-password-text')}
                                                 QLineEdit::Password, QString(), &ok);
        return ok ? pw : QString();
    }

    void Settings::loadLicenseKey()
    {
        auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kApp));${neg('keychain-lookup')}
        job->setKey(QStringLiteral("license"));
        connect(job, &QKeychain::Job::finished, this, [this, job]() {
            if (job->error() == QKeychain::NoError)
                emit licenseKeyLoaded(job->textData());
            job->deleteLater();
        });
        job->start();
    }

    bool Settings::openDatabase(const QString &password)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("readings"));
        db.setHostName(m_host);
        db.setPort(m_port);
        db.setDatabaseName(kDefaultDbName);
        db.setUserName(m_user);
        db.setPassword(password.isEmpty() ? QString::fromLatin1(kDefaultDbPassword) : password);
        if (!db.open()) {
            emit error(tr("Could not connect to %1: %2").arg(m_host, db.lastError().text()));
            return false;
        }
        return true;
    }

    void Settings::save()
    {
        QSettings s(kOrg, kApp);
        s.setValue(QStringLiteral("db/host"), m_host);
        s.setValue(QStringLiteral("db/port"), m_port);
        s.setValue(QStringLiteral("db/user"), m_user);
        s.setValue(QStringLiteral("export/dir"), m_exportDir);
    }
  `);

  // ------------------------------------------------------------ .NET App.config
  const dbPw = PW.random(18, '!@#*-_.?^~');
  out.push(file('dotnet/InventoryDesktop/App.config')`
    <?xml version="1.0" encoding="utf-8" ?>
    <configuration>
      <configSections>
        <sectionGroup name="userSettings" type="System.Configuration.UserSettingsGroup, System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=${N('b77a5c561934e089', 'public-key-token')}">
          <section name="InventoryDesktop.Properties.Settings" type="System.Configuration.ClientSettingsSection, System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=${N('b77a5c561934e089', 'public-key-token')}" allowExeDefinition="MachineToLocalUser" requirePermission="false" />
        </sectionGroup>
      </configSections>
      <startup>
        <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
      </startup>
      <connectionStrings>
        <add name="InventoryDb" connectionString="${S(`Data Source=SQL02\\INVENTORY;Initial Catalog=Inventory;User ID=inv_app;Password=${dbPw};`, 'db-password')}" providerName="System.Data.SqlClient" />
        <add name="ReportingDb" connectionString="${N('Data Source=SQL02\\REPORTING;Initial Catalog=Reports;Integrated Security=True;', 'integrated-auth')}" providerName="System.Data.SqlClient" />
        <add name="LabelArchive" connectionString="${S(`DefaultEndpointsProtocol=https;AccountName=invdesktopfiles;AccountKey=${G.azureStorageKey()};EndpointSuffix=core.windows.net`, 'azure-storage-key')}" />
      </connectionStrings>
      <appSettings>
        <add key="SmtpHost" value="smtp.office365.com" />
        <add key="SmtpPort" value="587" />
        <add key="SmtpUser" value="inventory-alerts@contoso-retail.com" />
        <add key="SmtpPassword" value="${neg('empty-value')}" />
        <add key="ApiBaseUrl" value="https://inventory-api.contoso-retail.com/" />
        <add key="ApiKey" value="${N('#{InventoryApiKey}#', 'placeholder')}" />
        <add key="LabelPrinterMac" value="${N(G.mac('00:07:4D'), 'mac-address')}" />
        <add key="ScannerDeviceId" value="${N('HID\\VID_05E0&amp;PID_1200\\' + G.HEX(8), 'device-id')}" />
        <add key="SigningCertThumbprint" value="${N(G.HEX(40), 'cert-fingerprint')}" />
        <add key="UpdateFeedUrl" value="https://updates.contoso-retail.com/inventory/" />
        <add key="ClientSettingsProvider.ServiceUri" value="" />
      </appSettings>
      <userSettings>
        <InventoryDesktop.Properties.Settings>
          <setting name="LastStoreId" serializeAs="String">
            <value>0</value>
          </setting>
          <setting name="ShowLowStockOnly" serializeAs="String">
            <value>False</value>
          </setting>
        </InventoryDesktop.Properties.Settings>
      </userSettings>
      <runtime>
        <assemblyBinding xmlns="urn:schemas-microsoft-com:asm.v1">
          <dependentAssembly>
            <assemblyIdentity name="Newtonsoft.Json" publicKeyToken="${N('30ad4fe6b2a6aeed', 'public-key-token')}" culture="neutral" />
            <bindingRedirect oldVersion="0.0.0.0-13.0.0.0" newVersion="13.0.0.0" />
          </dependentAssembly>
        </assemblyBinding>
      </runtime>
    </configuration>
  `);

  return out;
}
