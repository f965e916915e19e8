"""What the Group Policy editor shows for each setting: the policy's name in English and Russian,
and the Russian explanation (the English one is the setting's doc in
helpclient/core/settings_catalog.py).

A setting that policy may lock and that has no entry here makes the ADMX test fail: add one when
you declare a setting, and change the Russian text when you change the English doc.
"""

from __future__ import annotations

from typing import NamedTuple


class PolicyText(NamedTuple):
    """The names and the Russian explanation of one setting's policy."""

    name_en: str
    name_ru: str
    doc_ru: str


# the categories are the first part of the dotted keys
CATEGORIES: dict[str, tuple[str, str]] = {
    "server": ("Helpdesk server", "Сервер службы поддержки"),
    "ui": ("Interface", "Интерфейс"),
    "ticket": ("Tickets", "Заявки"),
    "branding": ("Branding", "Оформление"),
    "support": ("Other ways to get help", "Другие способы получить помощь"),
    "remote": ("Remote assistance", "Удалённая помощь"),
    "sync": ("Updates and notifications", "Обновления и уведомления"),
    "outbox": ("Sending", "Отправка"),
    "sysinfo": ("System information", "Сведения о системе"),
    "checks": ("Quick checks", "Быстрые проверки"),
    "kb": ("Knowledge base", "База знаний"),
    "announcements": ("Known problems", "Известные проблемы"),
    "crashes": ("Program crashes", "Сбои программ"),
}

TEXTS: dict[str, PolicyText] = {
    "server.backend": PolicyText(
        "Helpdesk type", "Тип службы поддержки",
        "Тип системы службы поддержки: rt (Request Tracker 5), glpi (GLPI 10 или 11), "
        "zammad (Zammad 6), redmine (Redmine 5), freshservice (Freshservice), jsm (Jira "
        "Service Management, облако или Data Center) или zendesk (Zendesk)."),
    "server.url": PolicyText(
        "Helpdesk server URL", "Адрес сервера службы поддержки",
        "Базовый адрес службы поддержки, например https://rt.example.com"),
    "server.queue": PolicyText(
        "Queue for new tickets", "Очередь для новых заявок",
        "Очередь (Request Tracker), группа (Zammad) или служба поддержки (Jira Service "
        "Management: её номер, ключ проекта или название), в которую попадают новые заявки."),
    "server.redmine_project": PolicyText(
        "Redmine project for new requests", "Проект Redmine для новых заявок",
        "Только для Redmine: идентификатор проекта, в который попадают новые заявки (например, "
        "it-help); пустое значение — берётся настройка очереди."),
    "server.redmine_tracker": PolicyText(
        "Redmine tracker for new requests", "Трекер Redmine для новых заявок",
        "Только для Redmine: название или номер трекера новых заявок (например, Support); "
        "пустое значение — первый трекер проекта."),
    "server.jsm_request_types": PolicyText(
        "Jira Service Management request types", "Типы запросов Jira Service Management",
        "Только для Jira Service Management: тип запроса для каждой категории обращения, по "
        "одному в строке в виде \"категория=название или номер типа запроса\" (категории: "
        "hardware, software, network, account, printing, email, other). Категория без строки "
        "попадает в тип, название которого о ней говорит, иначе — в общий."),
    "server.extra_ca_file": PolicyText(
        "Extra trusted CA certificates", "Дополнительные доверенные сертификаты ЦС",
        "PEM-файл с сертификатами дополнительных доверенных центров сертификации (внутреннего "
        "ЦС) в дополнение к системным."),
    "server.app_token": PolicyText(
        "GLPI App-Token", "App-Token для GLPI",
        "Только для GLPI: App-Token клиента API, которого администратор GLPI завёл для "
        "HelpClient (Настройки > Общие > API); отправляется с каждым запросом, если GLPI его "
        "требует. Пустое значение — без него."),
    "server.oauth_client_id": PolicyText(
        "OAuth client id for browser sign-in",
        "Идентификатор клиента OAuth для входа через браузер",
        "Идентификатор клиента (client id) приложения OAuth, зарегистрированного для HelpClient в "
        "службе поддержки (в Zammad — его UID; адрес перенаправления http://127.0.0.1/ с любым "
        "портом, PKCE; в Jira Service Management — Client ID приложения OAuth 2.0 (3LO) в консоли "
        "разработчика Atlassian, вместе с server.oauth_client_secret и "
        "server.oauth_redirect_port). Если задан, пользователи могут входить через браузер. "
        "Пустое значение — вход через браузер недоступен."),
    "server.oauth_client_secret": PolicyText(
        "OAuth client secret", "Секрет клиента OAuth",
        "Секрет этого приложения OAuth — только для служб поддержки, которые требуют его от "
        "настольного приложения (публичному клиенту с PKCE он не нужен). Пустое значение — без "
        "него."),
    "server.oauth_redirect_port": PolicyText(
        "OAuth callback port", "Порт адреса обратного вызова OAuth",
        "Порт адреса обратного вызова OAuth http://127.0.0.1:ПОРТ/, зарегистрированного для "
        "приложения, — для служб поддержки, которые принимают только этот точный адрес (Jira "
        "Service Management: консоль разработчика Atlassian). 0 — любой свободный порт (Zammad, "
        "Zendesk)."),
    "ui.language": PolicyText(
        "Interface language", "Язык интерфейса",
        "Язык интерфейса (en, ru); пустое значение — как в системе."),
    "ticket.language": PolicyText(
        "Language of ticket text", "Язык текста заявок",
        "Язык заголовков и подписей, которые HelpClient пишет в заявки (en, ru): тот, который "
        "читает поддержка. Пустое значение — язык интерфейса."),
    "branding.product_name": PolicyText(
        "Product name", "Название программы",
        "Название, которое показывается в окнах и в области уведомлений."),
    "branding.support_contact": PolicyText(
        "Support contact", "Контакты поддержки",
        "Как связаться с поддержкой, когда HelpClient не может этого сделать (телефон, "
        "e-mail); показывается в сообщениях об ошибках."),
    "branding.company_name": PolicyText(
        "Company name", "Название организации",
        "Название вашей организации; используется там, где HelpClient называет компанию "
        "(«Другие способы связаться с поддержкой Example Corp»). Пустое значение — в текстах "
        "говорится просто «поддержка»."),
    "branding.logo": PolicyText(
        "Company logo", "Логотип организации",
        "Абсолютный путь к логотипу организации, файлу SVG или PNG; показывается в мастере "
        "обращения, в окне «О программе» и в «Других способах получить помощь». Пустое "
        "значение — значок HelpClient."),
    "branding.accent_color": PolicyText(
        "Accent colour", "Акцентный цвет",
        "Акцентный цвет в виде #RRGGBB (например, #0b5cad) для выделения, ссылок и кнопок по "
        "умолчанию; где нужно, он корректируется, чтобы текст оставался читаемым. Пустое "
        "значение — системный."),
    "branding.welcome": PolicyText(
        "Welcome line in the report wizard", "Приветствие в мастере обращения",
        "Строка приветствия вверху первой страницы мастера обращения, например «ИТ-служба "
        "Example Corp: отвечаем в течение рабочего часа». Пустое значение — без приветствия."),
    "support.phone": PolicyText(
        "Support phone", "Телефон поддержки",
        "Телефон поддержки; предлагается среди других способов получить помощь — ссылкой, "
        "которая начинает звонок, и текстом, который можно продиктовать, например "
        "+1 555 0100. Пустое значение — не предлагается."),
    "support.email": PolicyText(
        "Support e-mail", "E-mail поддержки",
        "Адрес электронной почты поддержки; предлагается среди других способов получить "
        "помощь. Письмо из заявки заполняется её кратким описанием и подробностями. Пустое "
        "значение — не предлагается."),
    "support.chat_url": PolicyText(
        "Support chat address", "Адрес чата поддержки",
        "Веб-адрес (https://…) чата поддержки; предлагается среди других способов получить "
        "помощь. Пустое значение — не предлагается."),
    "support.portal_url": PolicyText(
        "Self-service portal address", "Адрес портала самообслуживания",
        "Веб-адрес (https://…) портала самообслуживания или форума; предлагается среди других "
        "способов получить помощь. Пустое значение — не предлагается."),
    "support.social_links": PolicyText(
        "Social channels of support", "Каналы поддержки в соцсетях и мессенджерах",
        "Каналы поддержки в соцсетях и мессенджерах; предлагаются среди других способов "
        "получить помощь, по одному в строке в виде Название=адрес, например "
        "Telegram=https://t.me/example_it (только адреса http и https). Пустое значение — нет."),
    "remote.tool_name": PolicyText(
        "Remote-assistance tool name", "Название программы удалённой помощи",
        "Название программы удалённой помощи, под которым её знают пользователи (например, "
        "RustDesk, «Быстрая помощь»); показывается, когда HelpClient спрашивает согласие. "
        "Пустое значение — имя программы или сайта."),
    "remote.command": PolicyText(
        "Remote-assistance command line", "Команда запуска удалённой помощи",
        "Командная строка, которая запускает программу удалённой помощи, когда пользователь "
        "выбирает «Разрешить поддержке подключиться к компьютеру» и соглашается (согласие "
        "спрашивается каждый раз). Делится на слова, как это делает командная оболочка "
        "(кавычки объединяют слова; в Windows обратная косая черта — обычный символ), но "
        "никогда не запускается через оболочку. Подстановки, заполняемые в каждом слове: "
        "{ticket} {user} {computer} {email} {name}. Пустое значение — remote.url или не "
        "предлагается."),
    "remote.url": PolicyText(
        "Remote-assistance web address", "Веб-адрес удалённой помощи",
        "Веб-адрес (http или https) страницы удалённой помощи; открывается в браузере вместо "
        "команды или когда программа из команды не установлена. Те же подстановки "
        "заполняются с процентным кодированием. Пустое значение — не предлагается."),
    "remote.how_to_stop": PolicyText(
        "How to end remote assistance", "Как завершить удалённую помощь",
        "Как пользователю завершить сеанс удалённой помощи (например, «Нажмите "
        "„Отключить“ в окне RustDesk»); показывается до и после запуска программы. Пустое "
        "значение — общая подсказка."),
    "sync.poll_minutes": PolicyText(
        "Check for news every (minutes)", "Интервал проверки новостей (минуты)",
        "Как часто (в минутах) проверять новости, пока у пользователя есть открытые заявки; "
        "без открытых заявок HelpClient проверяет несколько раз в день. Реже, когда компьютер "
        "простаивает или работает от батареи."),
    "sync.notifications": PolicyText(
        "Notifications", "Уведомления",
        "Показывать уведомление, когда поддержка отвечает или меняется статус заявки."),
    "sync.quiet_hours": PolicyText(
        "Quiet hours", "Тихие часы",
        "Не показывать уведомления в этот ежедневный промежуток местного времени, например "
        "22:00-07:00 (пустое значение — без тихих часов)."),
    "outbox.max_attachment_mb": PolicyText(
        "Largest attachment (MB)", "Максимальный размер вложения (МБ)",
        "Самый большой файл, который принимает служба поддержки, в МБ ($MaxAttachmentSize в "
        "Request Tracker, по умолчанию 10 МБ): файлы больше отклоняются до отправки, а не "
        "обрезаются сервером. 0 — без ограничения."),
    "sysinfo.enabled": PolicyText(
        "Offer system information", "Предлагать сведения о системе",
        "Предлагать прикрепить к новым обращениям сведения о системе (ZIP-архив, который "
        "пользователь просматривает перед отправкой)."),
    "sysinfo.anonymize": PolicyText(
        "Anonymise system information", "Обезличивать сведения о системе",
        "Заменять в сведениях о системе имя пользователя, имя компьютера, домашние папки, "
        "адреса e-mail и IP-адреса отметками [REDACTED:…]."),
    "sysinfo.size_cap": PolicyText(
        "System information size limit (bytes)", "Предельный размер сведений о системе (байты)",
        "Наибольший размер сведений о системе в байтах; если он превышен, самые большие "
        "необязательные элементы не включаются."),
    "sysinfo.exclude_items": PolicyText(
        "Collectors never to run", "Сборщики, которые не запускаются",
        "Сборщики через запятую, которые никогда не запускаются (например, "
        "processes,software)."),
    "sysinfo.exclude_classes": PolicyText(
        "Privacy classes never collected", "Классы данных, которые не собираются",
        "Классы конфиденциальности через запятую, данные которых никогда не собираются: "
        "technical, personal."),
    "sysinfo.ntp_server": PolicyText(
        "NTP server for the clock check", "NTP-сервер для проверки часов",
        "NTP-сервер, относительно которого измеряется расхождение часов (пустое значение — "
        "не измеряется)."),
    "sysinfo.check_urls": PolicyText(
        "Addresses to check", "Проверяемые адреса",
        "Адреса URL через запятую, доступность которых (DNS, TCP, TLS) проверяется и "
        "включается в сведения."),
    "checks.in_reports": PolicyText(
        "Quick checks in reports", "Быстрые проверки в обращениях",
        "Запускать быстрые проверки компьютера при открытии мастера обращения, показывать, что "
        "они нашли, и добавлять их результаты в обращение, чтобы их видела поддержка."),
    "checks.vpn_interfaces": PolicyText(
        "Required VPN interfaces", "Обязательные интерфейсы VPN",
        "Сетевые интерфейсы корпоративного VPN, которые должны быть подключены, по имени "
        "(можно со звёздочкой, регистр не важен: tun*, wg0, Cisco*). Быстрые проверки сообщают "
        "о проблеме, если ни один не подключён. Пустое значение — VPN не проверяется."),
    "checks.current_versions": PolicyText(
        "Current program versions", "Актуальные версии программ",
        "Версии программ, которые поддерживает ИТ-отдел, в виде элементов Название=версия "
        "(Firefox=128.0): быстрые проверки сообщают, если программа, о которой пишет "
        "пользователь, старее."),
    "kb.folders": PolicyText(
        "Knowledge base folders", "Папки базы знаний",
        "Папки со статьями в Markdown/HTML, по которым ведётся поиск помимо статей службы "
        "поддержки (изменения отслеживаются)."),
    "kb.starter": PolicyText(
        "Starter knowledge base", "Начальная база знаний",
        "Искать во встроенной начальной базе знаний HelpClient."),
    "kb.sync_minutes": PolicyText(
        "Copy helpdesk articles every (minutes)", "Интервал копирования статей (минуты)",
        "Как часто копировать статьи службы поддержки для поиска без сети (0 — никогда)."),
    "announcements.feed_url": PolicyText(
        "Known-problems feed address", "Адрес ленты известных проблем",
        "Адрес (https://…) JSON-ленты известных проблем, которую публикует ИТ-служба (формат "
        "описан в README): мастер обращения сообщает «мы уже знаем», если проблема совпадает с "
        "тем, что вводит пользователь, а значок в области уведомлений показывает действующие. "
        "Пустое значение — ленты нет."),
    "announcements.rt_class": PolicyText(
        "Request Tracker class of announcements", "Класс объявлений в Request Tracker",
        "Класс статей Request Tracker, статьи которого — объявления ИТ-службы об известных "
        "проблемах (например, Announcements); в базу знаний они не попадают. Пустое значение — "
        "нет такого класса."),
    "crashes.offer": PolicyText(
        "Offer to report program crashes", "Предлагать сообщить о сбоях программ",
        "Следить за сбоями программ на этом компьютере и предлагать сообщить о сбое: программа, "
        "её версия, время и обезличенное описание сбоя уже заполнены. По умолчанию выключено: "
        "для этого читаются записи о сбоях на компьютере."),
    "crashes.throttle_hours": PolicyText(
        "Crash offers per program at most every (hours)",
        "Предложение о сбое одной программы не чаще (часы)",
        "Предлагать сообщить о сбоях одной и той же программы не чаще одного раза за это "
        "число часов."),
}
