// Embedded / IoT: Arduino sketches, AWS IoT secrets header, ESP-IDF sdkconfig,
// Mosquitto bridge, Home Assistant, PlatformIO and Zephyr.
import { file, S, N, neg, G, R, PW, A } from './lib.mjs';

export default function iot() {
  const out = [];

  // ------------------------------------------------------------ Arduino greenhouse sketch
  out.push(file('firmware/greenhouse_monitor/greenhouse_monitor.ino')`
    /*
     * Greenhouse monitor - ESP32 DevKit + SHT31 + 3x capacitive soil sensors.
     * Publishes readings to the Mosquitto broker in the shed every 60 s and
     * switches the irrigation relay when the broker says so.
     *
     * Board MAC (DHCP reservation on the shed router): ${N(G.mac('24:6F:28'), 'mac-address')}
     */
    #include <WiFi.h>
    #include <PubSubClient.h>
    #include <ArduinoOTA.h>
    #include <Wire.h>
    #include "Adafruit_SHT31.h"

    // ---- network ----
    const char* ssid = "${N('Shed-IoT-2G', 'ssid')}";
    const char* password = "${S(PW.wifi(), 'wifi-password')}";
    // guest network, kept for reference
    // const char* password = "${N('********', 'placeholder')}";

    // ---- MQTT ----
    const char* mqtt_server = "192.168.20.5";
    const int   mqtt_port = 1883;
    const char* mqtt_user = "${N('greenhouse', 'username')}";
    const char* mqtt_pass = "${S(PW.random(18, PW.C), 'mqtt-password')}";
    const char* mqtt_client_id = "greenhouse-esp32-01";

    // ---- OTA ----
    #define OTA_HOSTNAME "greenhouse-esp32"
    #define OTA_PASSWORD "${S(PW.words(PW.C), 'ota-password')}"

    #define RELAY_PIN 26
    #define PUBLISH_INTERVAL_MS 60000UL
    const int soilPins[3] = {32, 33, 34};

    WiFiClient espClient;
    PubSubClient mqtt(espClient);
    Adafruit_SHT31 sht31 = Adafruit_SHT31();
    unsigned long lastPublish = 0;

    void onMessage(char* topic, byte* payload, unsigned int length) {
      String msg;
      for (unsigned int i = 0; i < length; i++) msg += (char)payload[i];
      if (String(topic) == "greenhouse/irrigation/set") {
        digitalWrite(RELAY_PIN, msg == "ON" ? HIGH : LOW);
        mqtt.publish("greenhouse/irrigation/state", msg.c_str(), true);
      }
    }

    void connectWiFi() {
      WiFi.mode(WIFI_STA);
      WiFi.begin(ssid, password);
      Serial.print("Connecting to ");
      Serial.println(ssid);
      while (WiFi.status() != WL_CONNECTED) {
        delay(500);
        Serial.print(".");
      }
      Serial.print("\nIP address: ");
      Serial.println(WiFi.localIP());
    }

    void reconnectMqtt() {
      while (!mqtt.connected()) {
        if (mqtt.connect(mqtt_client_id, mqtt_user, mqtt_pass, "greenhouse/status", 1, true, "offline")) {
          mqtt.publish("greenhouse/status", "online", true);
          mqtt.subscribe("greenhouse/irrigation/set");
        } else {
          Serial.printf("MQTT failed, rc=%d, retrying in 5s\n", mqtt.state());
          delay(5000);
        }
      }
    }

    void setup() {
      Serial.begin(115200);
      pinMode(RELAY_PIN, OUTPUT);
      digitalWrite(RELAY_PIN, LOW);
      if (!sht31.begin(0x44)) {
        Serial.println("SHT31 not found");
      }
      connectWiFi();
      ArduinoOTA.setHostname(OTA_HOSTNAME);
      ArduinoOTA.setPassword(OTA_PASSWORD);
      ArduinoOTA.begin();
      mqtt.setServer(mqtt_server, mqtt_port);
      mqtt.setCallback(onMessage);
    }

    void loop() {
      ArduinoOTA.handle();
      if (!mqtt.connected()) reconnectMqtt();
      mqtt.loop();

      if (millis() - lastPublish >= PUBLISH_INTERVAL_MS) {
        lastPublish = millis();
        char buf[32];
        snprintf(buf, sizeof(buf), "%.1f", sht31.readTemperature());
        mqtt.publish("greenhouse/air/temperature", buf);
        snprintf(buf, sizeof(buf), "%.1f", sht31.readHumidity());
        mqtt.publish("greenhouse/air/humidity", buf);
        for (int i = 0; i < 3; i++) {
          char topic[40];
          snprintf(topic, sizeof(topic), "greenhouse/soil/%d", i + 1);
          snprintf(buf, sizeof(buf), "%d", analogRead(soilPins[i]));
          mqtt.publish(topic, buf);
        }
      }
    }
  `);

  // ------------------------------------------------------------ AWS IoT secrets.h
  out.push(file('firmware/pallet_tracker/secrets.h')`
    // AWS IoT Core credentials for the pallet tracker (ESP32 + GPS).
    // Generated from the thing "pallet-tracker-0042" in eu-west-1.
    #include <pgmspace.h>

    #define SECRET
    #define THINGNAME "pallet-tracker-0042"

    const char WIFI_SSID[] = "${N('WH2-Scanners', 'ssid')}";
    const char WIFI_PASSWORD[] = "${S(PW.wifi(), 'wifi-password')}";
    const char AWS_IOT_ENDPOINT[] = "${N(R.str(A.lowernum, 14) + '-ats.iot.eu-west-1.amazonaws.com', 'hostname')}";

    // Amazon Root CA 1
    static const char AWS_CERT_CA[] PROGMEM = R"EOF(
    ${N(G.certificate(837, 'MIIDQTCCAimgAwIBAgIT'), 'public-certificate')}
    )EOF";

    // Device Certificate
    static const char AWS_CERT_CRT[] PROGMEM = R"KEY(
    ${N(G.certificate(), 'public-certificate')}
    )KEY";

    // Device Private Key
    static const char AWS_CERT_PRIVATE[] PROGMEM = R"KEY(
    ${S(G.rsaPrivateKey(), 'private-key')}
    )KEY";
  `);

  // ------------------------------------------------------------ ESP-IDF sdkconfig
  out.push(file('esp-idf/soil_node/sdkconfig')`
    #
    # Automatically generated file. DO NOT EDIT.
    # Espressif IoT Development Framework (ESP-IDF) 5.1.2 Project Configuration
    #
    CONFIG_SOC_BROWNOUT_RESET_SUPPORTED="Not determined"
    CONFIG_SOC_TWAI_BRP_DIV_SUPPORTED="Not determined"
    CONFIG_SOC_DPORT_WORKAROUND="Not determined"
    CONFIG_SOC_CAPS_ECO_VER_MAX=301
    CONFIG_SOC_ADC_SUPPORTED=y
    CONFIG_SOC_UART_SUPPORTED=y
    CONFIG_SOC_WIFI_SUPPORTED=y
    CONFIG_IDF_CMAKE=y
    CONFIG_IDF_TARGET_ARCH_XTENSA=y
    CONFIG_IDF_TARGET_ARCH="xtensa"
    CONFIG_IDF_TARGET="esp32"
    CONFIG_IDF_TARGET_ESP32=y
    CONFIG_IDF_FIRMWARE_CHIP_ID=0x0000

    #
    # Build type
    #
    CONFIG_APP_BUILD_TYPE_APP_2NDBOOT=y
    CONFIG_APP_BUILD_GENERATE_BINARIES=y
    CONFIG_APP_BUILD_BOOTLOADER=y
    CONFIG_APP_BUILD_USE_FLASH_SECTIONS=y
    # end of Build type

    #
    # Security features
    #
    CONFIG_SECURE_SIGNED_APPS_NO_SECURE_BOOT=y
    CONFIG_SECURE_SIGNED_ON_UPDATE_NO_SECURE_BOOT=y
    CONFIG_SECURE_BOOT_SIGNING_KEY="${N('keys/secure_boot_signing_key.pem', 'file-path-ref')}"
    # CONFIG_SECURE_FLASH_ENC_ENABLED is not set
    # end of Security features

    #
    # Serial flasher config
    #
    CONFIG_ESPTOOLPY_FLASHMODE_DIO=y
    CONFIG_ESPTOOLPY_FLASHFREQ_40M=y
    CONFIG_ESPTOOLPY_FLASHSIZE_4MB=y
    CONFIG_ESPTOOLPY_BEFORE_RESET=y
    CONFIG_ESPTOOLPY_AFTER_RESET=y
    CONFIG_ESPTOOLPY_MONITOR_BAUD=115200
    # end of Serial flasher config

    #
    # Partition Table
    #
    CONFIG_PARTITION_TABLE_CUSTOM=y
    CONFIG_PARTITION_TABLE_CUSTOM_FILENAME="partitions_ota.csv"
    CONFIG_PARTITION_TABLE_OFFSET=0x8000
    CONFIG_PARTITION_TABLE_MD5=y
    # end of Partition Table

    #
    # Soil Node Configuration
    #
    CONFIG_ESP_WIFI_SSID="${N('AgriNet-Field3', 'ssid')}"
    CONFIG_ESP_WIFI_PASSWORD="${S(PW.wifi(), 'wifi-password')}"
    CONFIG_ESP_WIFI_PW_ID="${neg('empty-value')}"
    CONFIG_ESP_MAXIMUM_RETRY=8
    CONFIG_ESP_WIFI_AUTH_WPA2_PSK=y
    CONFIG_ESP_WPA3_SAE_PWE_BOTH=y
    CONFIG_BROKER_URL="${S(`mqtts://soilnode:${PW.random(16, PW.URL)}@mqtt.agrinet.local:8883`, 'mqtt-password')}"
    CONFIG_BROKER_BIN_SIZE_TO_SEND=20000
    CONFIG_NODE_SAMPLE_PERIOD_S=300
    CONFIG_NODE_DEEP_SLEEP=y
    # end of Soil Node Configuration

    #
    # Wi-Fi
    #
    CONFIG_ESP_WIFI_STATIC_RX_BUFFER_NUM=10
    CONFIG_ESP_WIFI_DYNAMIC_RX_BUFFER_NUM=32
    CONFIG_ESP_WIFI_DYNAMIC_TX_BUFFER=y
    CONFIG_ESP_WIFI_AMPDU_TX_ENABLED=y
    CONFIG_ESP_WIFI_AMPDU_RX_ENABLED=y
    CONFIG_ESP_WIFI_NVS_ENABLED=y
    CONFIG_ESP_WIFI_ENABLE_WPA3_SAE=y
    # CONFIG_ESP_WIFI_SOFTAP_SUPPORT is not set
    # end of Wi-Fi

    #
    # mbedTLS
    #
    CONFIG_MBEDTLS_INTERNAL_MEM_ALLOC=y
    CONFIG_MBEDTLS_CERTIFICATE_BUNDLE=y
    CONFIG_MBEDTLS_CERTIFICATE_BUNDLE_DEFAULT_FULL=y
    CONFIG_MBEDTLS_TLS_CLIENT_ONLY=y
    # end of mbedTLS

    #
    # ESP-MQTT Configurations
    #
    CONFIG_MQTT_PROTOCOL_311=y
    CONFIG_MQTT_TRANSPORT_SSL=y
    CONFIG_MQTT_TRANSPORT_WEBSOCKET=y
    # end of ESP-MQTT Configurations
  `);

  // ------------------------------------------------------------ Mosquitto bridge
  out.push(file('iot/mosquitto/conf.d/bridge.conf')`
    # =================================================================
    # Farm gateway broker: local listeners + bridges to the cloud
    # =================================================================

    per_listener_settings true

    # ---- local listeners ----
    listener 1883 127.0.0.1
    allow_anonymous true

    listener 8883
    cafile /etc/mosquitto/certs/ca.crt
    certfile /etc/mosquitto/certs/gw01.crt
    keyfile ${N('/etc/mosquitto/certs/gw01.key', 'file-path-ref')}
    require_certificate false
    password_file ${N('/etc/mosquitto/passwd', 'file-path-ref')}
    acl_file /etc/mosquitto/acl
    allow_anonymous false

    # ---- bridge to the cloud broker ----
    connection cloud-bridge
    address mqtt.cloud.agrinet.io:8883
    bridge_protocol_version mqttv311
    bridge_cafile /etc/mosquitto/certs/isrg-root-x1.pem
    bridge_insecure false
    remote_clientid farm-gw-01
    remote_username ${N('farm-gw-01', 'username')}
    remote_password ${S(PW.random(24, '-_.+='), 'mqtt-password')}
    cleansession false
    notifications true
    notification_topic $SYS/broker/connection/farm-gw-01/state
    try_private true
    start_type automatic
    restart_timeout 10 30
    topic sensors/# out 1 farm/ cloud/farm01/
    topic commands/# in 1 farm/ cloud/farm01/

    # ---- bridge to the legacy irrigation controller (TLS-PSK) ----
    connection legacy-irrigation
    address 10.20.0.5:8884
    bridge_identity ${N('farm-gw-01', 'username')}
    bridge_psk ${S(G.hex(32), 'mqtt-psk')}
    topic irrigation/# both 0
    keepalive_interval 30
  `);

  // ------------------------------------------------------------ Home Assistant secrets.yaml
  out.push(file('homeassistant/secrets.yaml')`
    # Use this file to store secrets like usernames and passwords.
    # Learn more at https://www.home-assistant.io/docs/configuration/secrets/

    home_latitude: ${N('52.0907', 'coordinates')}
    home_longitude: ${N('5.1214', 'coordinates')}
    home_elevation: 7

    wifi_ssid: "${N('Vogelnest', 'ssid')}"
    wifi_password: "${S(PW.wifi(), 'wifi-password')}"

    mqtt_username: ${N('homeassistant', 'username')}
    mqtt_password: "${S(PW.random(20), 'mqtt-password')}"

    openweathermap_api_key: ${S(G.hex(32), 'openweathermap-api-key')}

    telegram_bot_token: "${S(G.telegram(), 'telegram-bot-token')}"
    telegram_chat_id: ${N('-100' + G.num(10), 'chat-id')}

    smtp_username: ha@vogelnest-home.nl
    smtp_password: "${S(PW.any(), 'smtp-password')}"

    camera_frontdoor_stream: "${S(`rtsp://admin:${PW.random(14, PW.URL)}@192.168.1.60:554/Streaming/Channels/101`, 'camera-password')}"
    recorder_db_url: "sqlite:////config/home-assistant_v2.db"

    # Zigbee2MQTT frontend (reverse-proxied, no auth here)
    z2m_frontend_url: "http://192.168.1.15:8080"
    zigbee_coordinator_ieee: "${N('0x00124b00' + G.hex(8), 'device-id')}"
  `);

  // ------------------------------------------------------------ Home Assistant configuration.yaml
  out.push(file('homeassistant/configuration.yaml')`
    # Loads default set of integrations. Do not remove.
    default_config:

    homeassistant:
      name: Vogelnest
      latitude: !secret home_latitude${neg('secret-ref')}
      longitude: !secret home_longitude${neg('secret-ref')}
      elevation: !secret home_elevation${neg('secret-ref')}
      unit_system: metric
      currency: EUR
      country: NL
      time_zone: Europe/Amsterdam
      customize: !include customize.yaml

    http:
      use_x_forwarded_for: true
      trusted_proxies:
        - 172.30.33.0/24
        - 127.0.0.1

    frontend:
      themes: !include_dir_merge_named themes

    recorder:
      db_url: !secret recorder_db_url${neg('secret-ref')}
      purge_keep_days: 14
      exclude:
        domains:
          - automation
          - updater

    influxdb:
      host: 192.168.1.20
      port: 8086
      database: homeassistant
      username: ${N('hass_writer', 'username')}
      password: "${S(PW.random(18), 'influxdb-password')}"
      max_retries: 3
      default_measurement: state

    telegram_bot:
      - platform: polling
        api_key: !secret telegram_bot_token${neg('secret-ref')}
        allowed_chat_ids:
          - !secret telegram_chat_id${neg('secret-ref')}

    notify:
      - name: telegram_family
        platform: telegram
        chat_id: !secret telegram_chat_id${neg('secret-ref')}
      - name: email_alerts
        platform: smtp
        server: smtp.fastmail.com
        port: 587
        encryption: starttls
        sender: ha@vogelnest-home.nl
        username: !secret smtp_username${neg('secret-ref')}
        password: !secret smtp_password${neg('secret-ref')}
        recipient:
          - bram@vogelnest-home.nl

    camera:
      - platform: generic
        name: Front door
        stream_source: !secret camera_frontdoor_stream${neg('secret-ref')}
        verify_ssl: false

    rest_command:
      garage_toggle:
        url: "http://192.168.1.70/api/relay/0/toggle"
        method: post
        headers:
          authorization: "Bearer ${S(G.hex(40), 'api-token')}"

    automation: !include automations.yaml
    script: !include scripts.yaml
    scene: !include scenes.yaml
  `);

  // ------------------------------------------------------------ PlatformIO
  out.push(file('firmware/weather_station/platformio.ini')`
    ; PlatformIO Project Configuration File
    ;
    ;   Build options: build flags, source filter
    ;   Upload options: custom upload port, speed and extra flags
    ;   Library options: dependencies, extra library storages
    ;   Advanced options: extra scripting
    ;
    ; Please visit documentation for the other options and examples
    ; https://docs.platformio.org/page/projectconf.html

    [platformio]
    default_envs = esp32dev

    [env]
    framework = arduino
    monitor_speed = 115200
    lib_deps =
        knolleary/PubSubClient@^2.8
        adafruit/Adafruit BME280 Library@^2.2.4
        bblanchon/ArduinoJson@^7.0.4

    [env:esp32dev]
    platform = espressif32@6.5.0
    board = esp32dev
    build_flags =
        -DCORE_DEBUG_LEVEL=1
        -DWIFI_SSID=\"${N('Roof-AP', 'ssid')}\"
        -DWIFI_PASS=\"${S(PW.wifi('-_.@'), 'wifi-password')}\"
        -DMQTT_HOST=\"broker.lan\"
        -DSTATION_ID=\"ws-roof\"

    [env:esp32dev_ota]
    extends = env:esp32dev
    upload_protocol = espota
    upload_port = 192.168.1.51
    upload_flags =
        --port=3232
        --auth=${S(PW.random(14, '-_.'), 'ota-password')}

    [env:ci]
    extends = env:esp32dev
    build_flags =
        -DCORE_DEBUG_LEVEL=0
        -DWIFI_SSID=\"\${sysenv.WIFI_SSID}\"${neg('env-ref')}
        -DWIFI_PASS=\"\${sysenv.WIFI_PASS}\"${neg('env-ref')}
        -DMQTT_HOST=\"broker.lan\"
        -DSTATION_ID=\"ws-ci\"
  `);

  // ------------------------------------------------------------ Zephyr prj.conf
  out.push(file('zephyr/air_quality_node/prj.conf')`
    # Air quality node (nRF7002 DK): Wi-Fi + MQTT over TLS

    # Logging
    CONFIG_LOG=y
    CONFIG_LOG_DEFAULT_LEVEL=3

    # Networking
    CONFIG_NETWORKING=y
    CONFIG_NET_IPV4=y
    CONFIG_NET_IPV6=n
    CONFIG_NET_TCP=y
    CONFIG_NET_SOCKETS=y
    CONFIG_NET_DHCPV4=y
    CONFIG_DNS_RESOLVER=y
    CONFIG_NET_MGMT_EVENT=y

    # Wi-Fi
    CONFIG_WIFI=y
    CONFIG_WIFI_NRF700X=y
    CONFIG_WIFI_MGMT_EXT=y
    CONFIG_WIFI_CREDENTIALS=y
    CONFIG_WIFI_CREDENTIALS_STATIC=y
    CONFIG_WIFI_CREDENTIALS_STATIC_SSID="${N('Lab-Sensors', 'ssid')}"
    CONFIG_WIFI_CREDENTIALS_STATIC_PASSWORD="${S(PW.wifi(), 'wifi-password')}"

    # MQTT
    CONFIG_MQTT_LIB=y
    CONFIG_MQTT_LIB_TLS=y
    CONFIG_MQTT_KEEPALIVE=60
    CONFIG_APP_MQTT_BROKER_HOSTNAME="mqtt.airwatch.example.org"
    CONFIG_APP_MQTT_CLIENT_ID="aq-node-07"
    CONFIG_APP_MQTT_USERNAME="${N('aq-node-07', 'username')}"
    CONFIG_APP_MQTT_PASSWORD="${S(PW.random(20, PW.C), 'mqtt-password')}"
    CONFIG_APP_PUBLISH_INTERVAL_SEC=120

    # TLS
    CONFIG_MBEDTLS=y
    CONFIG_MBEDTLS_ENABLE_HEAP=y
    CONFIG_MBEDTLS_HEAP_SIZE=81920
    CONFIG_TLS_CREDENTIALS=y
    CONFIG_MODEM_KEY_MGMT=n

    # Sensors
    CONFIG_SENSOR=y
    CONFIG_BME680=y
    CONFIG_I2C=y

    # Bootloader / FOTA
    CONFIG_BOOTLOADER_MCUBOOT=y
    CONFIG_MCUBOOT_SIGNATURE_KEY_FILE="${N('keys/root-ec-p256.pem', 'file-path-ref')}"
    CONFIG_MAIN_STACK_SIZE=4096
    CONFIG_HEAP_MEM_POOL_SIZE=65536
  `);

  return out;
}
