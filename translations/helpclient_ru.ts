<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>Help from your IT support: report a problem, follow your requests, and find answers in the knowledge base.</source>
        <translation>Помощь от вашей ИТ-поддержки: сообщите о проблеме, следите за своими заявками и находите ответы в базе знаний.</translation>
    </message>
    <message>
        <source>Provided by:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Helpdesk:</source>
        <translation>Система заявок:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Журналы:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Лицензия:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Собрано с:</translation>
    </message>
    <message>
        <source>Open the &amp;logs folder</source>
        <translation>Открыть папку &amp;журналов</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Копировать сведения</translation>
    </message>
    <message>
        <source>Copy these details, to paste them for support</source>
        <translation>Скопировать эти сведения, чтобы вставить их для службы поддержки</translation>
    </message>
    <message>
        <source>not set up yet (open Settings)</source>
        <translation>ещё не настроена (откройте «Настройки»)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 по адресу %2</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Сообщить о проблеме…</translation>
    </message>
    <message>
        <source>&amp;My requests</source>
        <translation>&amp;Мои заявки</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;База знаний</translation>
    </message>
    <message>
        <source>C&amp;heck my computer…</source>
        <translation>Проверить &amp;компьютер…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation>&amp;О программе…</translation>
    </message>
    <message>
        <source>&amp;Other ways to get help…</source>
        <translation>&amp;Другие способы получить помощь…</translation>
    </message>
    <message>
        <source>Let support &amp;connect to my computer…</source>
        <translation>Разрешить поддержке &amp;подключиться к компьютеру…</translation>
    </message>
    <message>
        <source>S&amp;top remote assistance</source>
        <translation>&amp;Завершить удалённую помощь</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Доб&amp;авить шаг</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Вн&amp;из</translation>
    </message>
    <message>
        <source>Add a step (Insert or Ctrl+N)</source>
        <translation>Добавить шаг (Insert или Ctrl+N)</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation>Удалить выбранный шаг (Delete)</translation>
    </message>
    <message>
        <source>Move the selected step up (Alt+Up)</source>
        <translation>Переместить выбранный шаг вверх (Alt+Вверх)</translation>
    </message>
    <message>
        <source>Move the selected step down (Alt+Down)</source>
        <translation>Переместить выбранный шаг вниз (Alt+Вниз)</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>What did you do?</source>
        <translation>Что вы делали?</translation>
    </message>
    <message>
        <source>List what you did before the problem appeared, in order, one step per line. Support will try the same steps.</source>
        <translation>Перечислите по порядку, что вы делали перед тем, как возникла проблема, — по одному шагу в строке. Служба поддержки попробует повторить эти шаги.</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Шаги:</translation>
    </message>
    <message>
        <source>Enter opens the next line • Insert adds a step • Delete removes it • Alt+Up / Alt+Down change the order</source>
        <translation>Enter — следующая строка • Insert — добавить шаг • Delete — удалить шаг • Alt+Вверх / Alt+Вниз — изменить порядок</translation>
    </message>
</context>
<context>
    <name>AnnouncementCard</name>
    <message>
        <source>Affects: %1</source>
        <translation>Затронуто: %1</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Подробнее…</translation>
    </message>
    <message>
        <source>More about it</source>
        <translation>Подробнее об этом</translation>
    </message>
    <message>
        <source>Since %1.</source>
        <translation>С %1.</translation>
    </message>
    <message>
        <source>Expected to be fixed by %1.</source>
        <translation>Ожидаемое время исправления: %1.</translation>
    </message>
</context>
<context>
    <name>AnnouncementDetails</name>
    <message>
        <source>Known problem</source>
        <translation>Известная проблема</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>HelpClient closed unexpectedly last time. Requests you had already sent are safe with support. The technical details are saved in %1.</source>
        <translation>В прошлый раз HelpClient неожиданно закрылся. Уже отправленные заявки в сохранности у службы поддержки. Технические подробности сохранены в %1.</translation>
    </message>
    <message>
        <source>HelpClient cannot keep reports on this computer: %1 Reports will be sent directly, and only while the helpdesk can be reached.</source>
        <translation>HelpClient не может хранить заявки на этом компьютере: %1 Заявки будут отправляться сразу и только тогда, когда система заявок доступна.</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>This &amp;solved my problem</source>
        <translation>Это &amp;решило мою проблему</translation>
    </message>
    <message>
        <source>&amp;Not what I need</source>
        <translation>&amp;Не то, что нужно</translation>
    </message>
</context>
<context>
    <name>AttachmentsButton</name>
    <message>
        <source>Files in this conversation: choose one to save it in your downloads folder</source>
        <translation>Файлы из переписки: выберите файл, чтобы сохранить его в папку загрузок</translation>
    </message>
    <message>
        <source>Save %1 (%2)</source>
        <translation>Сохранить %1 (%2)</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Сохранить %1</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Вложения (%1)</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Вход отменён.</translation>
    </message>
    <message>
        <source>HelpClient was not allowed access in the browser, so you are not signed in. To sign in, choose Sign in again and allow access on the page that opens.</source>
        <translation>В браузере HelpClient не разрешили доступ, поэтому вход не выполнен. Чтобы войти, снова выберите «Войти» и разрешите доступ на открывшейся странице.</translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in, so HelpClient ignored it. Choose Sign in to try again; if this happens again, tell IT support.</source>
        <translation>Браузер вернул ответ, который не относится к этому входу, поэтому HelpClient его не принял. Выберите «Войти», чтобы попробовать снова; если это повторится, сообщите в ИТ-поддержку.</translation>
    </message>
    <message>
        <source>The browser did not come back in time. Choose Sign in to try again.</source>
        <translation>Браузер не вернулся вовремя. Выберите «Войти», чтобы попробовать снова.</translation>
    </message>
    <message>
        <source>The helpdesk refused the sign-in. It said: %1</source>
        <translation>Служба поддержки отказала во входе. Её ответ: %1</translation>
    </message>
    <message>
        <source>HelpClient opens %1&apos;s sign-in page in your web browser. Sign in there and allow HelpClient access; then come back here. HelpClient keeps the sign-in in your system keyring, not your password.</source>
        <translation>HelpClient откроет страницу входа %1 в вашем браузере. Войдите там и разрешите HelpClient доступ, затем вернитесь сюда. HelpClient хранит вход в системной связке ключей, а не ваш пароль.</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation>Прекратить о&amp;жидание</translation>
    </message>
    <message>
        <source>You are signed in to %1. You can close this tab and return to HelpClient.</source>
        <translation>Вы вошли в %1. Эту вкладку можно закрыть и вернуться в HelpClient.</translation>
    </message>
    <message>
        <source>Waiting for your browser… Sign in to %1 on the page that opened, then come back here.</source>
        <translation>Ожидание браузера… Войдите в %1 на открывшейся странице, затем вернитесь сюда.</translation>
    </message>
    <message>
        <source>HelpClient could not open your web browser. Open this address in it to sign in; HelpClient waits meanwhile:
%1</source>
        <translation>HelpClient не удалось открыть браузер. Откройте в нём этот адрес, чтобы войти; HelpClient пока подождёт:
%1</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <source>Other ways to get help</source>
        <translation>Другие способы получить помощь</translation>
    </message>
    <message>
        <source>You can also reach %1 support this way:</source>
        <translation>Связаться с поддержкой %1 можно и так:</translation>
    </message>
    <message>
        <source>You can also reach support this way:</source>
        <translation>Связаться с поддержкой можно и так:</translation>
    </message>
    <message>
        <source>the e-mail starts with your report, so it works even when HelpClient cannot reach the helpdesk.</source>
        <translation>письмо уже содержит вашу заявку, поэтому этот способ работает, даже когда HelpClient не может связаться со службой поддержки.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <source>[The report is longer than an e-mail link can carry; the rest was left out.]</source>
        <translation>[Заявка длиннее, чем помещается в ссылку на письмо; остальное не вошло.]</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Write an e-mail</source>
        <translation>Написать письмо</translation>
    </message>
    <message>
        <source>Chat:</source>
        <translation>Чат:</translation>
    </message>
    <message>
        <source>Open the chat</source>
        <translation>Открыть чат</translation>
    </message>
    <message>
        <source>Self-service portal:</source>
        <translation>Портал самообслуживания:</translation>
    </message>
    <message>
        <source>Open the portal</source>
        <translation>Открыть портал</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Quick checks: %1</source>
        <translation>Быстрые проверки: %1</translation>
    </message>
</context>
<context>
    <name>CheckSummary</name>
    <message>
        <source>Checking your computer…</source>
        <translation>Проверяем компьютер…</translation>
    </message>
    <message>
        <source>The checks could not run.</source>
        <translation>Проверки не удалось запустить.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) need your attention.</source>
        <translation>
            <numerusform>%n пункт требует вашего внимания.</numerusform>
            <numerusform>%n пункта требуют вашего внимания.</numerusform>
            <numerusform>%n пунктов требуют вашего внимания.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing wrong found, but some checks could not tell.</source>
        <translation>Неполадок не найдено, но некоторые проверки не дали ответа.</translation>
    </message>
    <message>
        <source>Everything checked looks fine.</source>
        <translation>Всё проверенное в порядке.</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Working on it…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Не получилось: %1</translation>
    </message>
    <message>
        <source>Done. Check again to see whether it helped.</source>
        <translation>Готово. Проверьте ещё раз, помогло ли это.</translation>
    </message>
</context>
<context>
    <name>CheckWindow</name>
    <message>
        <source>Check my computer</source>
        <translation>Проверка компьютера</translation>
    </message>
    <message>
        <source>HelpClient checked the things that most often stop a computer from working. A finding says what it saw, links the article that fixes it, and offers a safe fix where there is one.</source>
        <translation>HelpClient проверил то, из-за чего компьютер чаще всего перестаёт работать. Для каждой находки сказано, что обнаружено, дана ссылка на статью с решением и, где это возможно, предложено безопасное исправление.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Проверить &amp;ещё раз</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Сообщить о проблеме…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Open network settings</source>
        <translation>Открыть настройки сети</translation>
    </message>
    <message>
        <source>Open disk clean-up</source>
        <translation>Открыть очистку диска</translation>
    </message>
    <message>
        <source>Restart the print queue</source>
        <translation>Перезапустить очередь печати</translation>
    </message>
    <message>
        <source>No network connection: no network adapter is connected.</source>
        <translation>Нет подключения к сети: ни один сетевой адаптер не подключён.</translation>
    </message>
    <message>
        <source>Connected ({interfaces}).</source>
        <translation>Подключено ({interfaces}).</translation>
    </message>
    <message>
        <source>Connected to a network ({interfaces}), but it has no way out (no default gateway).</source>
        <translation>Подключено к сети ({interfaces}), но выхода из неё нет (нет основного шлюза).</translation>
    </message>
    <message>
        <source>Connected ({interfaces}), default gateway {gateway}.</source>
        <translation>Подключено ({interfaces}), основной шлюз {gateway}.</translation>
    </message>
    <message>
        <source>Network connection</source>
        <translation>Подключение к сети</translation>
    </message>
    <message>
        <source>Wi-Fi network connection not working</source>
        <translation>Wi-Fi сеть подключение не работает</translation>
    </message>
    <message>
        <source>Nothing to look up: the servers are given by their addresses.</source>
        <translation>Искать нечего: серверы заданы IP-адресами.</translation>
    </message>
    <message>
        <source>These names cannot be found (DNS): {names}.</source>
        <translation>Эти имена не находятся (DNS): {names}.</translation>
    </message>
    <message>
        <source>Names are found ({names}).</source>
        <translation>Имена находятся ({names}).</translation>
    </message>
    <message>
        <source>Name lookup (DNS)</source>
        <translation>Поиск имён (DNS)</translation>
    </message>
    <message>
        <source>internet does not work Wi-Fi network</source>
        <translation>не работает интернет Wi-Fi сеть</translation>
    </message>
    <message>
        <source>The helpdesk ({host}) answers.</source>
        <translation>Служба поддержки ({host}) отвечает.</translation>
    </message>
    <message>
        <source>The helpdesk&apos;s address ({url}) is not a valid web address.</source>
        <translation>Адрес службы поддержки ({url}) не является правильным веб-адресом.</translation>
    </message>
    <message>
        <source>The helpdesk ({host}) cannot be found: its name does not resolve.</source>
        <translation>Служба поддержки ({host}) не находится: её имя не удаётся найти в DNS.</translation>
    </message>
    <message>
        <source>The helpdesk ({host}) answers, but its secure connection is not trusted.</source>
        <translation>Служба поддержки ({host}) отвечает, но её защищённому соединению нет доверия.</translation>
    </message>
    <message>
        <source>The helpdesk ({host}) does not answer.</source>
        <translation>Служба поддержки ({host}) не отвечает.</translation>
    </message>
    <message>
        <source>Helpdesk server</source>
        <translation>Сервер службы поддержки</translation>
    </message>
    <message>
        <source>VPN does not connect company network</source>
        <translation>VPN не подключается корпоративная сеть</translation>
    </message>
    <message>
        <source>No company service answers ({hosts}).</source>
        <translation>Ни один сервис компании не отвечает ({hosts}).</translation>
    </message>
    <message>
        <source>Some company services do not answer: {hosts}.</source>
        <translation>Некоторые сервисы компании не отвечают: {hosts}.</translation>
    </message>
    <message>
        <source>Company services answer ({hosts}).</source>
        <translation>Сервисы компании отвечают ({hosts}).</translation>
    </message>
    <message>
        <source>Company services</source>
        <translation>Сервисы компании</translation>
    </message>
    <message>
        <source>The system proxy is switched on, but no proxy server is set.</source>
        <translation>Системный прокси включён, но прокси-сервер не указан.</translation>
    </message>
    <message>
        <source>The proxy setting {name} is not a valid address.</source>
        <translation>Настройка прокси {name} не является правильным адресом.</translation>
    </message>
    <message>
        <source>The proxy settings {first} and {second} disagree, so programs may connect differently.</source>
        <translation>Настройки прокси {first} и {second} не совпадают, поэтому программы могут подключаться по-разному.</translation>
    </message>
    <message>
        <source>No proxy is set: connections go directly.</source>
        <translation>Прокси не задан: подключения идут напрямую.</translation>
    </message>
    <message>
        <source>The proxy settings agree ({proxy}).</source>
        <translation>Настройки прокси согласованы ({proxy}).</translation>
    </message>
    <message>
        <source>Proxy settings</source>
        <translation>Настройки прокси</translation>
    </message>
    <message>
        <source>proxy settings web pages do not open</source>
        <translation>настройки прокси не открываются сайты</translation>
    </message>
    <message>
        <source>The VPN is connected ({names}).</source>
        <translation>VPN подключён ({names}).</translation>
    </message>
    <message>
        <source>The company VPN is not connected.</source>
        <translation>Корпоративный VPN не подключён.</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>VPN does not connect</source>
        <translation>VPN не подключается</translation>
    </message>
    <message>
        <source>No printers are set up.</source>
        <translation>Принтеры не настроены.</translation>
    </message>
    <message>
        <source>Print jobs are moving (none has waited 10 min).</source>
        <translation>Очередь печати движется (ни одно задание не ждёт 10 мин).</translation>
    </message>
    <message>
        <source>No print jobs are waiting.</source>
        <translation>Заданий печати в очереди нет.</translation>
    </message>
    <message>
        <source>A print job has been waiting on {queue} for {minutes} min.</source>
        <translation>Задание печати ждёт в очереди {queue} уже {minutes} мин.</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Очередь печати</translation>
    </message>
    <message>
        <source>printer does not print documents</source>
        <translation>принтер не печатает документы</translation>
    </message>
    <message>
        <source>Could not check in time (within {seconds} s).</source>
        <extracomment>Every check has concluded (or been given up) this many seconds after the start.</extracomment>
        <translation>Не удалось проверить вовремя (за {seconds} с).</translation>
    </message>
    <message>
        <source>Could not check: {error}.</source>
        <translation>Не удалось проверить: {error}.</translation>
    </message>
    <message>
        <source>The disk of your home folder is almost full: {free} GB free of {total} GB ({percent} %).</source>
        <extracomment>below either, a volume is a problem; below LOW_SHARE it needs attention a quota this full needs attention; FULL_QUOTA is a problem memory: available below these shares of the total a process holding this share of the whole processor is &quot;most of it&quot; … … and for minutes when it is this old and its processor time could cover that span the processor sample&apos;s length (the rest of the check&apos;s time is for the OS to answer)</extracomment>
        <translation>Диск вашей домашней папки почти заполнен: свободно {free} ГБ из {total} ГБ ({percent} %).</translation>
    </message>
    <message>
        <source>The system disk is almost full: {free} GB free of {total} GB ({percent} %).</source>
        <translation>Системный диск почти заполнен: свободно {free} ГБ из {total} ГБ ({percent} %).</translation>
    </message>
    <message>
        <source>The disk of your home folder is getting full: {free} GB free of {total} GB ({percent} %).</source>
        <translation>Диск вашей домашней папки заполняется: свободно {free} ГБ из {total} ГБ ({percent} %).</translation>
    </message>
    <message>
        <source>The system disk is getting full: {free} GB free of {total} GB ({percent} %).</source>
        <translation>Системный диск заполняется: свободно {free} ГБ из {total} ГБ ({percent} %).</translation>
    </message>
    <message>
        <source>{free} GB free of {total} GB on the system disk ({percent} %).</source>
        <translation>На системном диске свободно {free} ГБ из {total} ГБ ({percent} %).</translation>
    </message>
    <message>
        <source>Your storage quota is used up: {used} GB of {limit} GB.</source>
        <translation>Ваша квота на диске исчерпана: занято {used} ГБ из {limit} ГБ.</translation>
    </message>
    <message>
        <source>Your storage quota is almost used up: {used} GB of {limit} GB.</source>
        <translation>Ваша квота на диске почти исчерпана: занято {used} ГБ из {limit} ГБ.</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Свободное место на диске</translation>
    </message>
    <message>
        <source>disk is full free space</source>
        <translation>диск заполнен свободное место</translation>
    </message>
    <message>
        <source>Memory is almost exhausted: {available} GB free of {total} GB; programs slow down.</source>
        <translation>Память почти закончилась: свободно {available} ГБ из {total} ГБ, программы замедляются.</translation>
    </message>
    <message>
        <source>Memory is running low: {available} GB free of {total} GB.</source>
        <translation>Память заканчивается: свободно {available} ГБ из {total} ГБ.</translation>
    </message>
    <message>
        <source>{available} GB of {total} GB memory free.</source>
        <translation>Свободно {available} ГБ памяти из {total} ГБ.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <source>computer is slow memory</source>
        <translation>компьютер работает медленно память</translation>
    </message>
    <message>
        <source>No program is holding the processor.</source>
        <translation>Ни одна программа не занимает процессор.</translation>
    </message>
    <message>
        <source>{name} has been using most of the processor ({percent} %) for minutes.</source>
        <translation>{name} уже несколько минут занимает большую часть процессора ({percent} %).</translation>
    </message>
    <message>
        <source>No program is holding the processor (the busiest, {name}, uses {percent} %).</source>
        <translation>Ни одна программа не занимает процессор (самая активная, {name}, использует {percent} %).</translation>
    </message>
    <message>
        <source>Processor load</source>
        <translation>Загрузка процессора</translation>
    </message>
    <message>
        <source>computer is slow programs</source>
        <translation>компьютер работает медленно программы</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} min ahead of the helpdesk&apos;s; sign-ins and secure connections may fail.</source>
        <extracomment>a clock further off than this breaks sign-ins (Kerberos allows 5 min) and, at worst, TLS</extracomment>
        <translation>Часы этого компьютера спешат на {minutes} мин относительно службы поддержки; вход в системы и защищённые соединения могут не работать.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} min behind the helpdesk&apos;s; sign-ins and secure connections may fail.</source>
        <translation>Часы этого компьютера отстают на {minutes} мин от службы поддержки; вход в системы и защищённые соединения могут не работать.</translation>
    </message>
    <message>
        <source>The clock agrees with the helpdesk&apos;s (within {seconds} s).</source>
        <translation>Часы совпадают с часами службы поддержки (с точностью до {seconds} с).</translation>
    </message>
    <message>
        <source>The helpdesk did not tell its time.</source>
        <translation>Служба поддержки не сообщила своё время.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>clock shows the wrong time</source>
        <translation>часы показывают неправильное время</translation>
    </message>
    <message>
        <source>This system does not tell whether a restart is pending.</source>
        <translation>Эта система не сообщает, нужна ли перезагрузка.</translation>
    </message>
    <message>
        <source>Updates are waiting for a restart to finish installing.</source>
        <translation>Обновления ждут перезагрузки, чтобы завершить установку.</translation>
    </message>
    <message>
        <source>No restart is pending.</source>
        <translation>Перезагрузка не требуется.</translation>
    </message>
    <message>
        <source>Pending restart</source>
        <translation>Ожидающая перезагрузка</translation>
    </message>
    <message>
        <source>restart to finish installing updates</source>
        <translation>перезагрузка для завершения установки обновлений</translation>
    </message>
    <message>
        <source>The version {version} of {program} cannot be compared with {current}.</source>
        <translation>Версию {version} программы {program} не удаётся сравнить с {current}.</translation>
    </message>
    <message>
        <source>{program} {version} is older than the version IT supports ({current}); updating it may fix the problem.</source>
        <translation>{program} {version} старее версии, которую поддерживает ИТ-отдел ({current}); обновление может решить проблему.</translation>
    </message>
    <message>
        <source>{program} {version} is current (IT lists {current}).</source>
        <translation>{program} {version} — актуальная версия (ИТ-отдел указывает {current}).</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Версия программы</translation>
    </message>
    <message>
        <source>update a program to the current version</source>
        <translation>обновление программы до актуальной версии</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>В порядке</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Fine: {checks}.</source>
        <translation>В порядке: {checks}.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Remote assistance</source>
        <translation>Удалённая помощь</translation>
    </message>
    <message>
        <source>Let support connect to your computer?</source>
        <translation>Разрешить поддержке подключиться к вашему компьютеру?</translation>
    </message>
    <message>
        <source>HelpClient will open %1, the remote-assistance service your support team uses, in your web browser.</source>
        <translation>HelpClient откроет в браузере %1 — сервис удалённой помощи, которым пользуется ваша служба поддержки.</translation>
    </message>
    <message>
        <source>HelpClient will start %1, the remote-assistance program your support team uses.</source>
        <translation>HelpClient запустит %1 — программу удалённой помощи, которой пользуется ваша служба поддержки.</translation>
    </message>
    <message>
        <source>Once you let them in, the person from support sees your screen and may use your mouse and keyboard, to work on the problem with you.</source>
        <translation>Когда вы впустите сотрудника поддержки, он увидит ваш экран и сможет пользоваться вашими мышью и клавиатурой, чтобы разобраться с проблемой вместе с вами.</translation>
    </message>
    <message>
        <source>You stay in control: you see everything they do, and you can end the session at any time.</source>
        <translation>Вы сохраняете контроль: вы видите всё, что он делает, и можете завершить сеанс в любой момент.</translation>
    </message>
    <message>
        <source>&lt;b&gt;To stop:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Как завершить:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Request to add the note to</source>
        <translation>Заявка, в которую добавить запись</translation>
    </message>
    <message>
        <source>A note that you agreed will be added to your request:</source>
        <translation>В вашу заявку будет добавлена запись о том, что вы согласились:</translation>
    </message>
    <message>
        <source>HelpClient asks every time. Nothing starts unless you agree.</source>
        <translation>HelpClient спрашивает каждый раз. Без вашего согласия ничего не запускается.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Открыть %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Запустить %1</translation>
    </message>
    <message>
        <source>#%1 — %2</source>
        <translation>№ %1 — %2</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>No request: do not add a note</source>
        <translation>Без заявки: не добавлять запись</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>How urgent, and how to reach you</source>
        <translation>Срочность и способ связи</translation>
    </message>
    <message>
        <source>Support uses this to decide what comes first and to answer you.</source>
        <translation>Это поможет службе поддержки понять, чем заняться в первую очередь, и связаться с вами.</translation>
    </message>
    <message>
        <source>How &amp;urgent is it?</source>
        <translation>Насколько это &amp;срочно?</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@company.com</translation>
    </message>
    <message>
        <source>Optional, e.g. +1 555 0100</source>
        <translation>Необязательно, например +7 900 000-00-00</translation>
    </message>
    <message>
        <source>Please check that your contact details are correct.</source>
        <translation>Проверьте, правильно ли указаны ваши контактные данные.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>Attachment:</source>
        <translation>Вложение:</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Сообщений пока нет.</translation>
    </message>
    <message>
        <source>The status changed</source>
        <translation>Статус изменён</translation>
    </message>
    <message>
        <source>You changed the status to “%1”</source>
        <translation>Вы изменили статус на «%1»</translation>
    </message>
    <message>
        <source>%1 changed the status to “%2”</source>
        <translation>%1: статус изменён на «%2»</translation>
    </message>
    <message>
        <source>Status changed to “%1”</source>
        <translation>Статус изменён на «%1»</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Неизвестный отправитель</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>{program} closed unexpectedly</source>
        <translation>Программа «{program}» неожиданно закрылась</translation>
    </message>
    <message>
        <source>{program} closed unexpectedly on {date} at {time} ({reason}).</source>
        <translation>Программа «{program}» неожиданно закрылась {date} в {time} ({reason}).</translation>
    </message>
    <message>
        <source>{program} closed unexpectedly on {date} at {time}.</source>
        <translation>Программа «{program}» неожиданно закрылась {date} в {time}.</translation>
    </message>
    <message>
        <source>Version: {version}</source>
        <translation>Версия: {version}</translation>
    </message>
    <message>
        <source>Program file: {path}</source>
        <translation>Файл программы: {path}</translation>
    </message>
    <message>
        <source>Command line: {command}</source>
        <translation>Командная строка: {command}</translation>
    </message>
    <message>
        <source>What the crash record says:</source>
        <translation>Что сказано в записи о сбое:</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong inside HelpClient. Your work has been kept. The details were written to the log:
%1</source>
        <translation>В HelpClient произошла внутренняя ошибка. Введённые вами данные сохранены. Подробности записаны в журнал:
%1</translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message>
        <source>%1 B</source>
        <extracomment>``QCoreApplication.translate`` with the interface language&apos;s numbers, for core text rendered through functions that take only a ``translate`` (a report&apos;s body shown in the outbox)</extracomment>
        <translation>%1 Б</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
</context>
<context>
    <name>DeliveryNotices</name>
    <message>
        <source>You can also reach support another way: Other ways to get help, in HelpClient&apos;s menu.</source>
        <translation>Связаться с поддержкой можно и по-другому: «Другие способы получить помощь» в меню HelpClient.</translation>
    </message>
    <message>
        <source>Request #%1 sent</source>
        <translation>Заявка № %1 отправлена</translation>
    </message>
    <message>
        <source>A report that was waiting has reached support.</source>
        <translation>Заявка, ожидавшая отправки, получена службой поддержки.</translation>
    </message>
    <message>
        <source>Sign in to send your report</source>
        <translation>Войдите, чтобы отправить заявку</translation>
    </message>
    <message>
        <source>The helpdesk did not accept your sign-in. Your report is kept: sign in again in Settings and it will be sent.</source>
        <translation>Система заявок не приняла ваши данные для входа. Заявка сохранена: войдите снова в разделе «Настройки», и она будет отправлена.</translation>
    </message>
    <message>
        <source>Your report was not accepted</source>
        <translation>Заявка не принята</translation>
    </message>
    <message>
        <source>%1 The report is kept: open the reports waiting to be sent from HelpClient&apos;s menu.</source>
        <translation>%1 Заявка сохранена: откройте список заявок, ожидающих отправки, в меню HelpClient.</translation>
    </message>
    <message>
        <source>Sign in to send your reply</source>
        <translation>Войдите, чтобы отправить ответ</translation>
    </message>
    <message>
        <source>Your reply to request #%1 is kept: sign in again in Settings and it will be sent.</source>
        <translation>Ваш ответ по заявке № %1 сохранён: снова войдите в разделе «Настройки», и он будет отправлен.</translation>
    </message>
    <message>
        <source>Your reply to request #%1 was not accepted</source>
        <translation>Ваш ответ по заявке № %1 не принят</translation>
    </message>
    <message>
        <source>%1 The reply is kept: open the reports waiting to be sent from HelpClient&apos;s menu.</source>
        <translation>%1 Ответ сохранён: откройте список ожидающих отправки в меню HelpClient.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Открыть в &amp;браузере</translation>
    </message>
    <message>
        <source>Other ways to reach support…</source>
        <translation>Другие способы связаться с поддержкой…</translation>
    </message>
    <message>
        <source>The e-mail starts with this report</source>
        <translation>Письмо уже будет содержать эту заявку</translation>
    </message>
    <message>
        <source>Request #%1 sent</source>
        <translation>Заявка № %1 отправлена</translation>
    </message>
    <message>
        <source>Thank you. Support has received your request.</source>
        <translation>Спасибо! Служба поддержки получила вашу заявку.</translation>
    </message>
    <message>
        <source>You can follow your request, see support&apos;s answers and reply to them in My requests.</source>
        <translation>В разделе «Мои заявки» вы можете следить за заявкой, читать ответы службы поддержки и отвечать на них.</translation>
    </message>
    <message>
        <source>&amp;Follow request #%1</source>
        <translation>&amp;Следить за заявкой № %1</translation>
    </message>
    <message>
        <source>Open it in My requests</source>
        <translation>Открыть её в разделе «Мои заявки»</translation>
    </message>
    <message>
        <source>Your report is saved and will be sent</source>
        <translation>Заявка сохранена и будет отправлена</translation>
    </message>
    <message>
        <source>HelpClient could not reach the helpdesk right now.</source>
        <translation>Сейчас HelpClient не удалось связаться с системой заявок.</translation>
    </message>
    <message>
        <source>Nothing is lost: the report waits on this computer and is sent by itself when the connection is back, even after a restart. The tray menu shows reports waiting to be sent.</source>
        <translation>Ничего не потеряно: заявка хранится на этом компьютере и будет отправлена автоматически, как только восстановится связь, — даже после перезапуска. Заявки, ожидающие отправки, видны в меню значка HelpClient в области уведомлений.</translation>
    </message>
    <message>
        <source>Your report is saved but not sent</source>
        <translation>Заявка сохранена, но не отправлена</translation>
    </message>
    <message>
        <source>The helpdesk needs something from you first.</source>
        <translation>Чтобы отправить заявку, системе заявок нужны ваши действия.</translation>
    </message>
    <message>
        <source>The report waits on this computer. Open the reports waiting to be sent from HelpClient&apos;s menu to send it again, or save it to a file for IT.</source>
        <translation>Заявка хранится на этом компьютере. Откройте список заявок, ожидающих отправки, в меню HelpClient, чтобы отправить её снова, или сохраните её в файл для ИТ-отдела.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Draft not saved</source>
        <translation>Черновик не сохранён</translation>
    </message>
    <message>
        <source>Continue your report?</source>
        <translation>Продолжить заявку?</translation>
    </message>
    <message>
        <source>(no summary yet)</source>
        <translation>(описания пока нет)</translation>
    </message>
    <message>
        <source>You started a problem report that was not sent: “%1”.</source>
        <translation>Вы начали заполнять заявку, но не отправили её: «%1».</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Удалить черновик</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Не сейчас</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>This looks like your open request #%1 “%2”. Add what you know now to it, so support sees it in one place.</source>
        <translation>Похоже, об этом уже есть ваша открытая заявка № %1 «%2». Дополните её новыми сведениями, чтобы служба поддержки видела всё в одном месте.</translation>
    </message>
    <message>
        <source>Add this to request #%1</source>
        <translation>Дополнить заявку № %1</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Other ways to reach support…</source>
        <translation>Другие способы связаться с поддержкой…</translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <source>What did you see?</source>
        <translation>Что вы увидели?</translation>
    </message>
    <message>
        <source>Copy the exact words of the error message: support searches for them.</source>
        <translation>Скопируйте текст сообщения об ошибке дословно: служба поддержки ищет решение именно по нему.</translation>
    </message>
    <message>
        <source>Paste the message here (Ctrl+V). In most message windows, Ctrl+C copies the whole message.</source>
        <translation>Вставьте сообщение сюда (Ctrl+V). В большинстве окон с сообщениями Ctrl+C копирует весь текст.</translation>
    </message>
    <message>
        <source>E&amp;xact error message:</source>
        <translation>Точный &amp;текст ошибки:</translation>
    </message>
    <message>
        <source>There was no error &amp;message</source>
        <translation>&amp;Сообщения об ошибке не было</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>When did it &amp;start?</source>
        <translation>Когда &amp;возникла проблема?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your sign-in to the helpdesk has expired or was revoked. Sign in again in Settings.</source>
        <translation>Срок действия входа в службу поддержки истёк или вход был отозван. Войдите снова в настройках.</translation>
    </message>
    <message>
        <source>The helpdesk did not accept your access token. It may be mistyped, expired or revoked. Sign in again in Settings with a valid token.</source>
        <translation>Система заявок не приняла ваш токен доступа. Возможно, он введён с ошибкой, истёк или был отозван. Войдите снова в разделе «Настройки», указав действующий токен.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted, so HelpClient did not send anything. Check the server address; if it is right, ask IT to install the company&apos;s certificate authority.</source>
        <translation>Сертификат безопасности сервера не является доверенным, поэтому HelpClient ничего не отправил. Проверьте адрес сервера; если он указан верно, попросите ИТ-отдел установить корневой сертификат (ЦС) вашей компании.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check the server address for typos, and check that you are connected to the network (or VPN).</source>
        <translation>Не удалось найти сервер с таким именем. Проверьте, нет ли опечаток в адресе сервера и подключены ли вы к сети (или к VPN).</translation>
    </message>
    <message>
        <source>The helpdesk is busy and asked HelpClient to wait. Try again in a minute.</source>
        <translation>Система заявок перегружена и попросила HelpClient подождать. Повторите попытку через минуту.</translation>
    </message>
    <message>
        <source>The helpdesk server was reached but did not answer in time. It may be busy. Try again in a few minutes.</source>
        <translation>Сервер службы поддержки доступен, но не ответил вовремя. Возможно, он перегружен. Повторите попытку через несколько минут.</translation>
    </message>
    <message>
        <source>The helpdesk server is not answering. It may be down, or your network may be disconnected. Try again later.</source>
        <translation>Сервер службы поддержки не отвечает. Возможно, он не работает или у вас нет подключения к сети. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>Something answered at this address, but it is not the expected helpdesk. Check the server address and the helpdesk type.</source>
        <translation>По этому адресу отвечает сервер, но это не та система заявок, которая указана в настройках. Проверьте адрес сервера и тип системы заявок.</translation>
    </message>
    <message>
        <source>The helpdesk does not allow your account to do this. Ask IT support to check your permissions.</source>
        <translation>Система заявок не разрешает вашей учётной записи это действие. Попросите ИТ-поддержку проверить ваши права доступа.</translation>
    </message>
    <message>
        <source>The helpdesk could not find this item. It may have been deleted or moved.</source>
        <translation>Система заявок не нашла этот объект. Возможно, он был удалён или перемещён.</translation>
    </message>
    <message>
        <source>The helpdesk does not accept files this large. Leave the largest file out or compress it, then send again.</source>
        <translation>Служба поддержки не принимает такие большие файлы. Исключите самый большой файл или сожмите его, затем отправьте снова.</translation>
    </message>
    <message>
        <source>HelpClient is not connected to a helpdesk yet. Open Settings to set it up.</source>
        <translation>HelpClient ещё не подключён к системе заявок. Откройте «Настройки», чтобы настроить подключение.</translation>
    </message>
    <message>
        <source>The helpdesk sent an answer HelpClient could not read. Try again in a few minutes; if this keeps happening, tell IT support: the helpdesk, or something between it and you, is sending wrong data.</source>
        <translation>Система заявок прислала ответ, который HelpClient не может прочитать. Повторите попытку через несколько минут; если это повторяется, сообщите в ИТ-поддержку: система заявок или что-то между ней и вами передаёт неверные данные.</translation>
    </message>
    <message>
        <source>The helpdesk had a temporary problem. Try again in a few minutes.</source>
        <translation>В системе заявок произошёл временный сбой. Повторите попытку через несколько минут.</translation>
    </message>
    <message>
        <source>The helpdesk refused this action. It said: %1</source>
        <translation>Система заявок отклонила это действие. Её ответ: %1</translation>
    </message>
    <message>
        <source>HelpClient&apos;s helpdesk settings cannot be used: %1 Check them in Settings or ask IT support.</source>
        <translation>Настройки подключения HelpClient к системе заявок не подходят: %1 Проверьте их в «Настройках» или обратитесь в ИТ-поддержку.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Что-то пошло не так: %1</translation>
    </message>
    <message>
        <source>The server name could not be found (no network, or no VPN?).</source>
        <translation>Не удалось найти сервер по имени (нет сети или не подключён VPN?).</translation>
    </message>
    <message>
        <source>The helpdesk is busy and asked HelpClient to wait.</source>
        <translation>Система заявок перегружена и попросила HelpClient подождать.</translation>
    </message>
    <message>
        <source>The helpdesk server did not answer in time.</source>
        <translation>Сервер службы поддержки не ответил вовремя.</translation>
    </message>
    <message>
        <source>The helpdesk server could not be reached.</source>
        <translation>Не удалось связаться с сервером службы поддержки.</translation>
    </message>
    <message>
        <source>The helpdesk sent an answer HelpClient could not read.</source>
        <translation>Система заявок прислала ответ, который HelpClient не может прочитать.</translation>
    </message>
    <message>
        <source>The helpdesk had a temporary problem.</source>
        <translation>В системе заявок произошёл временный сбой.</translation>
    </message>
</context>
<context>
    <name>FormFieldsBox</name>
    <message>
        <source>Details your helpdesk asks for</source>
        <translation>Сведения, которые запрашивает служба поддержки</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
</context>
<context>
    <name>FreshserviceSignIn</name>
    <message>
        <source>The address is your company&apos;s Freshservice address, like https://yourcompany.freshservice.com (its API answers there, not at a custom domain).</source>
        <translation>Адрес — это адрес Freshservice вашей компании, например https://yourcompany.freshservice.com (API отвечает там, а не на собственном домене компании).</translation>
    </message>
    <message>
        <source>Your API key is in Freshservice&apos;s support portal: click your profile picture (top right) → Profile settings; the key is shown below “Change password”. Copy it and paste it here with the e-mail address you sign in to Freshservice with. HelpClient keeps the key in your system keyring.</source>
        <translation>Ключ API есть на портале поддержки Freshservice: нажмите на своё фото профиля (справа вверху) → «Настройки профиля»; ключ показан под «Изменить пароль». Скопируйте его и вставьте сюда вместе с адресом электронной почты, с которым вы входите во Freshservice. HelpClient хранит ключ в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>No API key in your profile settings? Freshservice&apos;s administrator may have switched API access off for requesters; ask IT support.</source>
        <translation>В настройках профиля нет ключа API? Возможно, администратор Freshservice отключил доступ к API для заявителей; обратитесь в ИТ-поддержку.</translation>
    </message>
    <message>
        <source>Freshservice did not accept this API key. Copy it again from Profile settings in the support portal; if it was reset, the old key no longer works.</source>
        <translation>Freshservice не принял этот ключ API. Скопируйте его заново из «Настроек профиля» на портале поддержки; если ключ был сброшен, старый больше не действует.</translation>
    </message>
</context>
<context>
    <name>GlpiSignIn</name>
    <message>
        <source>The address is GLPI&apos;s web address; its API address ending in /apirest.php works too.</source>
        <translation>Адрес — веб-адрес GLPI; подойдёт и адрес API с /apirest.php на конце.</translation>
    </message>
    <message>
        <source>Login and password</source>
        <translation>Логин и пароль</translation>
    </message>
    <message>
        <source>Personal API token</source>
        <translation>Личный токен API</translation>
    </message>
    <message>
        <source>In GLPI: your name (top right) → My settings → Remote access keys → API token; tick Regenerate and save if it is empty, then copy it here.</source>
        <translation>В GLPI: ваше имя (справа вверху) → Мои настройки → Ключи удалённого доступа → Токен API; если он пуст, отметьте «Сгенерировать заново» и сохраните, затем скопируйте его сюда.</translation>
    </message>
    <message>
        <source>Use the login and password of GLPI&apos;s web page. This works only if GLPI&apos;s administrator enabled login with credentials for the API.</source>
        <translation>Введите логин и пароль, с которыми вы входите на веб-страницу GLPI. Это работает, только если администратор GLPI разрешил для API вход с учётными данными.</translation>
    </message>
    <message>
        <source>GLPI&apos;s administrator must enable, in Setup → General → API: “Enable Rest API”, “Enable login with credentials”, and an API client that allows employees&apos; addresses (the default client allows only the server itself). If GLPI asks for an application token, IT sets it by policy — you never type it.</source>
        <translation>Администратор GLPI должен включить в разделе Настройки → Общие → API: «Включить Rest API», «Включить вход с учётными данными» и клиент API, допускающий адреса сотрудников (клиент по умолчанию допускает только сам сервер). Если GLPI требует токен приложения, ИТ-отдел задаёт его политикой — вводить его вам не нужно.</translation>
    </message>
    <message>
        <source>GLPI&apos;s administrator must enable, in Setup → General → API: “Enable Rest API”, “Enable login with external token”, and an API client that allows employees&apos; addresses (the default client allows only the server itself). If GLPI asks for an application token, IT sets it by policy — you never type it.</source>
        <translation>Администратор GLPI должен включить в разделе Настройки → Общие → API: «Включить Rest API», «Включить вход с внешним токеном» и клиент API, допускающий адреса сотрудников (клиент по умолчанию допускает только сам сервер). Если GLPI требует токен приложения, ИТ-отдел задаёт его политикой — вводить его вам не нужно.</translation>
    </message>
    <message>
        <source>GLPI did not accept this login and password. Check them; if they work on GLPI&apos;s web page, login with credentials may be disabled for the API — sign in with your personal API token instead.</source>
        <translation>GLPI не принял этот логин и пароль. Проверьте их; если на веб-странице GLPI они работают, вход с учётными данными для API, возможно, выключен — войдите с личным токеном API.</translation>
    </message>
    <message>
        <source>GLPI did not accept this API token. Copy it again from My settings → Remote access keys; if you regenerated it, the old one no longer works.</source>
        <translation>GLPI не принял этот токен API. Скопируйте его заново в разделе Мои настройки → Ключи удалённого доступа; если вы сгенерировали его заново, старый больше не действует.</translation>
    </message>
</context>
<context>
    <name>HelpClientApp</name>
    <message>
        <source>The language has changed. The window you are working in keeps its language until you close it; nothing in it is lost.</source>
        <translation>Язык изменён. Окно, в котором вы работаете, останется на прежнем языке, пока вы его не закроете; ничего из введённого не потеряется.</translation>
    </message>
</context>
<context>
    <name>HelpdeskBox</name>
    <message>
        <source>Helpdesk server</source>
        <extracomment>(the entered server) → what answers there (the connector&apos;s probe; blocking)</extracomment>
        <translation>Сервер службы поддержки</translation>
    </message>
    <message>
        <source>the project&apos;s identifier, e.g. it-help</source>
        <translation>идентификатор проекта, например it-help</translation>
    </message>
    <message>
        <source>empty: the project&apos;s first tracker</source>
        <translation>пусто — первый трекер проекта</translation>
    </message>
    <message>
        <source>optional: PEM file of your company&apos;s CA</source>
        <translation>необязательно: PEM-файл сертификата ЦС вашей компании</translation>
    </message>
    <message>
        <source>S&amp;ign in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <source>Helpdesk &amp;type:</source>
        <translation>&amp;Тип системы заявок:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>Прое&amp;кт:</translation>
    </message>
    <message>
        <source>T&amp;racker:</source>
        <translation>Тр&amp;екер:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Дополнительный сертификат &amp;ЦС:</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>Вход:</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy.</source>
        <translation>Задано политикой вашей организации.</translation>
    </message>
    <message>
        <source>The token comes from the HELPCLIENT_TOKEN environment variable and is not stored.</source>
        <translation>Токен взят из переменной окружения HELPCLIENT_TOKEN и не сохраняется.</translation>
    </message>
    <message>
        <source>No secure keyring was found on this system, so what you sign in with is kept only until HelpClient quits; you will be asked again at the next start.</source>
        <translation>В системе не найдено защищённое хранилище паролей, поэтому данные для входа хранятся только до выхода из HelpClient; при следующем запуске их нужно будет ввести снова.</translation>
    </message>
    <message>
        <source>What you sign in with is kept in your system keyring.</source>
        <translation>Данные для входа хранятся в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>Not signed in to this server.</source>
        <translation>Вход на этот сервер не выполнен.</translation>
    </message>
    <message>
        <source>As %1, with a password.</source>
        <translation>Как %1, по паролю.</translation>
    </message>
    <message>
        <source>Through your web browser.</source>
        <translation>Через браузер.</translation>
    </message>
    <message>
        <source>As %1, with an API key.</source>
        <translation>Как %1, по ключу API.</translation>
    </message>
    <message>
        <source>With an access token.</source>
        <translation>По токену доступа.</translation>
    </message>
    <message>
        <source>Enter the server address, starting with https://</source>
        <translation>Введите адрес сервера, начиная с https://</translation>
    </message>
    <message>
        <source>Enter the identifier of the project your requests go to (IT support knows it).</source>
        <translation>Введите идентификатор проекта, в который попадают ваши заявки (его знает служба поддержки).</translation>
    </message>
    <message>
        <source>The CA file does not exist: %1</source>
        <translation>Файл сертификата ЦС не найден: %1</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Выход…</translation>
    </message>
    <message>
        <source>Signed out. Sign in again to use the helpdesk.</source>
        <translation>Вы вышли. Чтобы пользоваться службой поддержки, войдите снова.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Вы вошли как %1.</translation>
    </message>
    <message>
        <source>Sign in first: HelpClient has nothing to sign in to this server with yet.</source>
        <translation>Сначала войдите: у HelpClient пока нет данных для входа на этот сервер.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Подключение установлено: вы вошли как %1.</translation>
    </message>
</context>
<context>
    <name>HomeWindow</name>
    <message>
        <source>&lt;h2&gt;How can we help?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Чем мы можем помочь?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Your desktop has no system tray (on GNOME, the AppIndicator extension adds one), so HelpClient opens this window instead. Closing it keeps HelpClient running until you choose Quit.</source>
        <translation>В вашей среде рабочего стола нет области уведомлений (в GNOME её добавляет расширение AppIndicator), поэтому HelpClient открывает это окно. Если закрыть окно, HelpClient продолжит работать, пока вы не выберете «Выход».</translation>
    </message>
</context>
<context>
    <name>JsmSignIn</name>
    <message>
        <source>Service &amp;desk:</source>
        <translation>&amp;Служба поддержки:</translation>
    </message>
    <message>
        <source>The address of your Jira site, such as https://example.atlassian.net (the help center&apos;s address works too).</source>
        <translation>Адрес вашего сайта Jira, например https://example.atlassian.net (подойдёт и адрес центра поддержки).</translation>
    </message>
    <message>
        <source>My e-mail address and an API token (Atlassian cloud)</source>
        <translation>Мой адрес эл. почты и API-токен (облако Atlassian)</translation>
    </message>
    <message>
        <source>A personal access token (Jira Data Center)</source>
        <translation>Персональный токен доступа (Jira Data Center)</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>Адрес эл. &amp;почты:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;токен:</translation>
    </message>
    <message>
        <source>Create an API token at id.atlassian.com: open %1, choose “Create API token”, name it “HelpClient”, copy it and paste it below with the e-mail address of your Atlassian account. On Jira Data Center, enter your user name and password instead.</source>
        <translation>Создайте API-токен на id.atlassian.com: откройте %1, выберите «Create API token», назовите его «HelpClient», скопируйте и вставьте ниже вместе с адресом эл. почты вашей учётной записи Atlassian. В Jira Data Center вместо этого введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>In Jira, click your avatar and open Profile → Personal Access Tokens. Create a token, copy it (Jira shows it only once) and paste it here.</source>
        <translation>В Jira нажмите на свой аватар и откройте «Профиль → Персональные токены доступа». Создайте токен, скопируйте его (Jira показывает его только один раз) и вставьте сюда.</translation>
    </message>
    <message>
        <source>On Atlassian&apos;s page, sign in with the account you use on this site and allow access to this site.</source>
        <translation>На странице Atlassian войдите с учётной записью, которой пользуетесь на этом сайте, и разрешите доступ к этому сайту.</translation>
    </message>
    <message>
        <source>No way to create API tokens? Help-center accounts that are not Atlassian accounts have none: ask IT to invite you with an Atlassian account.</source>
        <translation>Нельзя создать API-токен? У учётных записей центра поддержки, которые не являются учётными записями Atlassian, их нет: попросите ИТ-отдел пригласить вас с учётной записью Atlassian.</translation>
    </message>
    <message>
        <source>Personal access tokens exist in Jira Data Center 8.14 and later, unless its administrator switched them off.</source>
        <translation>Персональные токены доступа есть в Jira Data Center 8.14 и новее, если администратор их не отключил.</translation>
    </message>
    <message>
        <source>This Jira site accepts neither API tokens nor personal access tokens from apps. Ask its administrator.</source>
        <translation>Этот сайт Jira не принимает от приложений ни API-токены, ни персональные токены доступа. Обратитесь к его администратору.</translation>
    </message>
    <message>
        <source>The sign-in through the browser does not reach %1. Sign in again with the Atlassian account you use on this site, and allow access to this site on Atlassian&apos;s page.</source>
        <translation>Вход через браузер не даёт доступа к %1. Войдите снова с учётной записью Atlassian, которой пользуетесь на этом сайте, и разрешите доступ к этому сайту на странице Atlassian.</translation>
    </message>
    <message>
        <source>Jira did not accept this e-mail address and API token. Check the address of your Atlassian account and copy the token again; it may have expired or been revoked.</source>
        <translation>Jira не приняла этот адрес эл. почты и API-токен. Проверьте адрес вашей учётной записи Atlassian и скопируйте токен заново: возможно, он истёк или был отозван.</translation>
    </message>
    <message>
        <source>Jira did not accept this personal access token. Create a new one in your Jira profile; it may have expired or been revoked.</source>
        <translation>Jira не приняла этот персональный токен доступа. Создайте новый в своём профиле Jira: возможно, он истёк или был отозван.</translation>
    </message>
</context>
<context>
    <name>KnowledgeBaseWindow</name>
    <message>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>Search the knowledge base…</source>
        <translation>Поиск в базе знаний…</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Поиск в базе знаний</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Choose an article to read it here.</source>
        <translation>Выберите статью, чтобы прочитать её здесь.</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>Недавно просмотренные</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>Найдена %n статья</numerusform>
            <numerusform>Найдено %n статьи</numerusform>
            <numerusform>Найдено %n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles match. Try other words.</source>
        <translation>Подходящих статей нет. Попробуйте другие слова.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>This article is no longer in the knowledge base.</source>
        <translation>Этой статьи больше нет в базе знаний.</translation>
    </message>
</context>
<context>
    <name>KnowledgeSettings</name>
    <message>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>Search HelpClient&apos;s &amp;starter articles</source>
        <translation>Искать во &amp;встроенных статьях HelpClient</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Добавить папку…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Article &amp;folders:</source>
        <translation>Папки со с&amp;татьями:</translation>
    </message>
    <message>
        <source>Markdown (.md) and HTML files in these folders are searched too; changes are picked up within a minute.</source>
        <translation>Файлы Markdown (.md) и HTML в этих папках тоже участвуют в поиске; изменения подхватываются в течение минуты.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>How often the helpdesk&apos;s articles are copied to this computer, so they can be searched offline.</source>
        <translation>Как часто статьи службы поддержки копируются на этот компьютер, чтобы искать их без сети.</translation>
    </message>
    <message>
        <source>Copy helpdesk articles e&amp;very:</source>
        <translation>Загружать статьи поддержки &amp;каждые:</translation>
    </message>
    <message>
        <source>Folder of articles</source>
        <translation>Папка со статьями</translation>
    </message>
    <message>
        <source>The article folder “%1” does not exist or cannot be read.</source>
        <translation>Папка со статьями «%1» не существует или недоступна для чтения.</translation>
    </message>
</context>
<context>
    <name>KnownProblemPanel</name>
    <message>
        <source>We already know about this problem</source>
        <extracomment>Wait this long after a keystroke before matching. Announcements shown at most: the best ones; more would push the form away.</extracomment>
        <translation>Мы уже знаем об этой проблеме</translation>
    </message>
    <message>
        <source>IT is working on it, and you will be told when it is fixed — no need to report it. If your problem is a different one, or you have something to add, go on with your report.</source>
        <translation>ИТ-служба уже работает над ней, и вам сообщат, когда она будет устранена, — сообщать о ней не нужно. Если у вас другая проблема или вам есть что добавить, продолжайте заполнять обращение.</translation>
    </message>
</context>
<context>
    <name>KnownProblemsWindow</name>
    <message>
        <source>Known problems</source>
        <translation>Известные проблемы</translation>
    </message>
    <message>
        <source>IT already knows about these problems and is working on them. You will be told when each is fixed.</source>
        <translation>ИТ-служба уже знает об этих проблемах и работает над ними. Вам сообщат, когда каждая будет устранена.</translation>
    </message>
    <message>
        <source>There are no known problems right now.</source>
        <translation>Сейчас известных проблем нет.</translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation>Сообщить о проблеме…</translation>
    </message>
    <message>
        <source>Your problem is a different one, or you have something to add</source>
        <translation>У вас другая проблема, или вам есть что добавить</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Notify me when support replies or a request changes</source>
        <translation>Уведомлять об ответах службы поддержки и изменениях в заявках</translation>
    </message>
    <message>
        <source>e.g. 22:00-07:00</source>
        <translation>например, 22:00-07:00</translation>
    </message>
    <message>
        <source>No notifications during these hours each day; the tray still counts the requests with news.</source>
        <translation>Каждый день в эти часы уведомления не показываются; значок в области уведомлений по-прежнему показывает число заявок с новостями.</translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation>Т&amp;ихие часы:</translation>
    </message>
    <message>
        <source>Quiet hours look like 22:00-07:00 (from-to, 24-hour clock).</source>
        <translation>Тихие часы указываются в виде 22:00-07:00 (с — по, в 24-часовом формате).</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>{count} requests have news</source>
        <translation>Новости по заявкам: {count}</translation>
    </message>
    <message>
        <source>Open My requests to see what support did.</source>
        <translation>Откройте «Мои заявки», чтобы узнать, что сделала служба поддержки.</translation>
    </message>
    <message>
        <source>Support is waiting for your answer on request #{id}</source>
        <translation>Служба поддержки ждёт вашего ответа по заявке № {id}</translation>
    </message>
    <message>
        <source>{excerpt}</source>
        <translation>{excerpt}</translation>
    </message>
    <message>
        <source>Support replied to request #{id}</source>
        <translation>Ответ службы поддержки по заявке № {id}</translation>
    </message>
    <message>
        <source>Request #{id} is solved</source>
        <translation>Заявка № {id} решена</translation>
    </message>
    <message>
        <source>{subject}
If the problem is still there, you can reopen it.</source>
        <translation>{subject}
Если проблема осталась, заявку можно возобновить.</translation>
    </message>
    <message>
        <source>Request #{id} changed status</source>
        <translation>Изменился статус заявки № {id}</translation>
    </message>
    <message>
        <source>{subject}</source>
        <translation>{subject}</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Waiting for the connection — next try at %1</source>
        <translation>Ждёт подключения — следующая попытка в %1</translation>
    </message>
    <message>
        <source>Waiting for a helpdesk to be set up (Settings)</source>
        <translation>Ждёт, когда будет настроена система заявок (раздел «Настройки»)</translation>
    </message>
    <message>
        <source>Waiting for you to sign in again (Settings)</source>
        <translation>Ждёт, когда вы снова войдёте (раздел «Настройки»)</translation>
    </message>
    <message>
        <source>Not accepted by the helpdesk — see the reason below</source>
        <translation>Не принята системой заявок — причина указана ниже</translation>
    </message>
    <message>
        <source>Reply to request #%1</source>
        <translation>Ответ по заявке № %1</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Файлы: %1</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Отправить сейчас</translation>
    </message>
    <message>
        <source>Save to &amp;ZIP…</source>
        <translation>&amp;Сохранить в ZIP…</translation>
    </message>
    <message>
        <source>&amp;Delete report…</source>
        <translation>&amp;Удалить заявку…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Stop upload</source>
        <translation>&amp;Прервать отправку</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидают отправки</translation>
    </message>
    <message>
        <source>Waiting reports</source>
        <translation>Ожидающие заявки</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Текст заявки</translation>
    </message>
    <message>
        <source>&amp;Other ways to reach support…</source>
        <translation>&amp;Другие способы связаться с поддержкой…</translation>
    </message>
    <message>
        <source>The e-mail starts with this report</source>
        <translation>Письмо уже будет содержать эту заявку</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1. They are kept on this computer until the helpdesk has them.</source>
        <translation>Ожидают отправки: %1. Они хранятся на этом компьютере, пока их не получит служба поддержки.</translation>
    </message>
    <message>
        <source>Everything was sent.</source>
        <translation>Всё отправлено.</translation>
    </message>
    <message>
        <source>Uploading: %1 of %2 MB</source>
        <translation>Отправка: %1 из %2 МБ</translation>
    </message>
    <message>
        <source>&amp;Delete reply…</source>
        <translation>&amp;Удалить ответ…</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Последняя попытка не удалась: %1</translation>
    </message>
    <message>
        <source>Save report to a ZIP file</source>
        <translation>Сохранить заявку в ZIP-файл</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-файлы (*.zip)</translation>
    </message>
    <message>
        <source>Saved to %1. Hand this file to IT.</source>
        <translation>Сохранено: %1. Передайте этот файл в ИТ-отдел.</translation>
    </message>
    <message>
        <source>The ZIP file could not be saved: %1</source>
        <translation>Не удалось сохранить ZIP-файл: %1</translation>
    </message>
    <message>
        <source>Delete your reply to request #%1 without sending it?</source>
        <translation>Удалить ваш ответ по заявке № %1, не отправляя его?</translation>
    </message>
    <message>
        <source>Delete the report “%1” without sending it?</source>
        <translation>Удалить заявку «%1», не отправляя её?</translation>
    </message>
</context>
<context>
    <name>OversizeBox</name>
    <message>
        <source>&amp;Compress</source>
        <translation>&amp;Сжать</translation>
    </message>
    <message>
        <source>&amp;Leave it out</source>
        <translation>&amp;Убрать из заявки</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; your helpdesk accepts files up to %3 MB.</source>
        <translation>Файл «%1» занимает %2 МБ, а служба поддержки принимает файлы не больше %3 МБ.</translation>
    </message>
    <message>
        <source>Even compressed it is too large. Leave it out and give it to IT another way.</source>
        <translation>Даже в сжатом виде файл слишком велик. Не прикладывайте его и передайте в ИТ-отдел другим способом.</translation>
    </message>
    <message>
        <source>Compress it into a ZIP file, or leave it out of the report.</source>
        <translation>Сожмите его в ZIP-архив или не прикладывайте к заявке.</translation>
    </message>
    <message>
        <source>Compressing “%1”…</source>
        <translation>Сжатие «%1»…</translation>
    </message>
    <message>
        <source>Compressed, “%1” is still %2 MB; your helpdesk accepts files up to %3 MB. Leave it out and give it to IT another way.</source>
        <translation>В сжатом виде «%1» всё ещё занимает %2 МБ, а служба поддержки принимает файлы не больше %3 МБ. Не прикладывайте его и передайте в ИТ-отдел другим способом.</translation>
    </message>
    <message>
        <source>“%1” could not be compressed (%2). It is still attached; try again or leave it out.</source>
        <translation>Не удалось сжать «%1» (%2). Файл по-прежнему приложен: попробуйте ещё раз или не прикладывайте его.</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>What is wrong?</source>
        <translation>Что случилось?</translation>
    </message>
    <message>
        <source>Say in one line what does not work, then choose what it is about.</source>
        <translation>Опишите одной строкой, что не работает, а затем выберите, чего это касается.</translation>
    </message>
    <message>
        <source>Example: Outlook says “Disconnected” since this morning</source>
        <translation>Например: с утра Outlook пишет «Отключено»</translation>
    </message>
    <message>
        <source>The problem in one &amp;line:</source>
        <translation>Проблема одной &amp;строкой:</translation>
    </message>
    <message>
        <source>What is it &amp;about?</source>
        <translation>&amp;Чего это касается?</translation>
    </message>
</context>
<context>
    <name>ProblemWatchers</name>
    <message>
        <source>Known problem: %1</source>
        <translation>Известная проблема: %1</translation>
    </message>
    <message>
        <source>IT is working on it. You will be told when it is fixed.</source>
        <translation>ИТ-служба работает над ней. Вам сообщат, когда она будет устранена.</translation>
    </message>
    <message numerus="yes">
        <source>%n known problem(s)</source>
        <translation>
            <numerusform>%n известная проблема</numerusform>
            <numerusform>%n известные проблемы</numerusform>
            <numerusform>%n известных проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Устранено: %1</translation>
    </message>
    <message>
        <source>IT says this problem is fixed. If it still happens to you, report it.</source>
        <translation>ИТ-служба сообщает, что проблема устранена. Если она у вас повторяется, сообщите о ней.</translation>
    </message>
    <message>
        <source>%1 closed unexpectedly</source>
        <translation>Программа «%1» неожиданно закрылась</translation>
    </message>
    <message>
        <source>Report this problem: the details are filled in for you.</source>
        <translation>Сообщите об этой проблеме: подробности уже заполнены.</translation>
    </message>
    <message numerus="yes">
        <source>Known &amp;problems (%n)…</source>
        <translation>
            <numerusform>&amp;Известные проблемы (%n)…</numerusform>
            <numerusform>&amp;Известные проблемы (%n)…</numerusform>
            <numerusform>&amp;Известные проблемы (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Report the crash of %1…</source>
        <translation>Сообщить о сбое программы «%1»…</translation>
    </message>
</context>
<context>
    <name>QueuedReply</name>
    <message>
        <source>HelpClient sends it after you sign in again in Settings.</source>
        <translation>HelpClient отправит его, когда вы снова войдёте в разделе «Настройки».</translation>
    </message>
    <message>
        <source>Not sent: %1 Open “Waiting to be sent” in HelpClient&apos;s menu to send it again or delete it.</source>
        <translation>Не отправлен: %1 Откройте «Ожидают отправки» в меню HelpClient, чтобы отправить его ещё раз или удалить.</translation>
    </message>
    <message>
        <source>HelpClient sends it by itself as soon as the helpdesk can be reached.</source>
        <translation>HelpClient отправит его сам, как только система заявок станет доступна.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
</context>
<context>
    <name>RatingBar</name>
    <message>
        <source>Rate the article — was it helpful?</source>
        <translation>Оцените статью — она была полезной?</translation>
    </message>
    <message>
        <source>&amp;Helpful</source>
        <translation>&amp;Полезна</translation>
    </message>
    <message>
        <source>N&amp;ot helpful</source>
        <translation>Н&amp;е полезна</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Комментарий (необязательно)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Спасибо!</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>How did we do?</source>
        <translation>Как мы справились?</translation>
    </message>
    <message>
        <source>Are you happy with how support solved this request?</source>
        <translation>Довольны ли вы тем, как служба поддержки решила эту заявку?</translation>
    </message>
    <message>
        <source>A comment for support (optional)</source>
        <translation>Комментарий для службы поддержки (необязательно)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хорошо</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Плохо</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
</context>
<context>
    <name>RedmineSignIn</name>
    <message>
        <source>The address is Redmine&apos;s web address: its home page, not a project&apos;s or an issue&apos;s page.</source>
        <translation>Адрес — веб-адрес Redmine: его главная страница, а не страница проекта или задачи.</translation>
    </message>
    <message>
        <source>API access key</source>
        <translation>Ключ доступа к API</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Ключ API:</translation>
    </message>
    <message>
        <source>In Redmine: My account (top right) → API access key → Show. Copy the key and paste it here. HelpClient keeps it in your system keyring.</source>
        <translation>В Redmine: «Моя учётная запись» (справа вверху) → «Ключ доступа к API» → «Показать». Скопируйте ключ и вставьте его сюда. HelpClient хранит его в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>No API access key on My account? Redmine&apos;s administrator must enable Administration → Settings → API → “Enable REST web service”. Your role in the requests&apos; project needs “Add issues”, “View issues” (your own), “Add notes”, and “Edit own issues” for closing your requests. IT sets the project and tracker in HelpClient&apos;s settings.</source>
        <translation>Нет ключа доступа к API в учётной записи? Администратор Redmine должен включить «Администрирование» → «Настройки» → «API» → «Включить веб-сервис REST». Вашей роли в проекте заявок нужны права «Добавление задач», «Просмотр задач» (своих), «Добавление примечаний», а чтобы закрывать свои заявки — «Редактирование своих задач». Проект и трекер задаёт ИТ-отдел в настройках HelpClient.</translation>
    </message>
    <message>
        <source>Redmine did not accept this API key. Copy it again from My account → API access key → Show; if it was reset, the old key no longer works.</source>
        <translation>Redmine не принял этот ключ API. Скопируйте его заново: «Моя учётная запись» → «Ключ доступа к API» → «Показать»; если ключ сбросили, старый больше не действует.</translation>
    </message>
</context>
<context>
    <name>RemoteAssist</name>
    <message>
        <source>Remote assistance: I agreed to let support connect to my computer with {tool}. HelpClient opened it in my browser at {time}.</source>
        <extracomment>The placeholders IT may use, each filled from :class:`Facts`.</extracomment>
        <translation>Удалённая помощь: я разрешил(а) поддержке подключиться к моему компьютеру через {tool}. HelpClient открыл страницу в моём браузере в {time}.</translation>
    </message>
    <message>
        <source>Remote assistance: I agreed to let support connect to my computer with {tool}. HelpClient started it at {time}.</source>
        <translation>Удалённая помощь: я разрешил(а) поддержке подключиться к моему компьютеру через {tool}. HelpClient запустил программу в {time}.</translation>
    </message>
</context>
<context>
    <name>RemoteConsent</name>
    <message>
        <source>End the session on the %1 page, or close that browser tab.</source>
        <translation>Завершите сеанс на странице %1 или закройте эту вкладку браузера.</translation>
    </message>
    <message>
        <source>Close %1, or end the session in its window.</source>
        <translation>Закройте программу %1 или завершите сеанс в её окне.</translation>
    </message>
    <message>
        <source>HelpClient&apos;s menu also offers “Stop remote assistance” while %1 runs.</source>
        <translation>Пока программа %1 работает, в меню HelpClient есть и пункт «Завершить удалённую помощь».</translation>
    </message>
</context>
<context>
    <name>RemoteNotices</name>
    <message>
        <source>The remote-assistance tool</source>
        <extracomment>``send_note(ticket_id, text)``: True when the request has it, False when it waits to be sent</extracomment>
        <translation>Программа удалённой помощи</translation>
    </message>
    <message>
        <source>The remote-assistance tool is not available on this computer any more.</source>
        <translation>Программа удалённой помощи больше недоступна на этом компьютере.</translation>
    </message>
    <message>
        <source>HelpClient could not open your web browser. Open this address in it yourself: %1</source>
        <translation>HelpClient не удалось открыть браузер. Откройте в нём этот адрес сами: %1</translation>
    </message>
    <message>
        <source>%1 could not be started (%2).</source>
        <translation>Не удалось запустить %1 (%2).</translation>
    </message>
    <message>
        <source>%1 stopped right after it started (exit code %2), so support cannot connect.</source>
        <translation>Программа %1 завершилась сразу после запуска (код выхода %2), поэтому поддержка не сможет подключиться.</translation>
    </message>
    <message>
        <source>%1 is open in your web browser. Support can connect once you follow the steps on that page.</source>
        <translation>Страница %1 открыта в браузере. Поддержка сможет подключиться, когда вы выполните шаги на этой странице.</translation>
    </message>
    <message>
        <source>%1 is starting. Support can connect once you follow the steps in its window.</source>
        <translation>Программа %1 запускается. Поддержка сможет подключиться, когда вы выполните шаги в её окне.</translation>
    </message>
    <message>
        <source>To stop: %1</source>
        <translation>Как завершить: %1</translation>
    </message>
    <message>
        <source>Remote assistance</source>
        <translation>Удалённая помощь</translation>
    </message>
    <message>
        <source>%1 is already running: support can connect with it.</source>
        <translation>Программа %1 уже запущена: поддержка может подключиться с её помощью.</translation>
    </message>
    <message>
        <source>Nothing was shared with support. Ask support to help you another way, and tell them this message so IT can fix the remote-assistance tool on this computer.</source>
        <translation>Поддержке ничего не было показано. Попросите поддержку помочь другим способом и перескажите это сообщение, чтобы ИТ-отдел мог исправить программу удалённой помощи на этом компьютере.</translation>
    </message>
    <message>
        <source>Support&apos;s phone: %1.</source>
        <translation>Телефон поддержки: %1.</translation>
    </message>
    <message>
        <source>%1 did not start</source>
        <translation>%1: не удалось запустить</translation>
    </message>
    <message>
        <source>Remote assistance started, but the note about it could not be added to request #%1: %2 Tell support about the session yourself, in the request or by phone.</source>
        <translation>Удалённая помощь запущена, но запись об этом не удалось добавить в заявку № %1: %2 Сообщите поддержке о сеансе сами — в заявке или по телефону.</translation>
    </message>
</context>
<context>
    <name>RemoteOffer</name>
    <message>
        <source>Let support connect to my computer…</source>
        <translation>Разрешить поддержке подключиться к компьютеру…</translation>
    </message>
    <message>
        <source>Start the remote-assistance tool your support team uses (HelpClient asks you first)</source>
        <translation>Запустить программу удалённой помощи, которой пользуется ваша служба поддержки (HelpClient сначала спросит вас)</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen request</source>
        <translation>Возобновить заявку</translation>
    </message>
    <message>
        <source>Tell support what is still wrong, so they can pick it up again.</source>
        <translation>Расскажите службе поддержки, что по-прежнему не так, чтобы заявку снова взяли в работу.</translation>
    </message>
    <message>
        <source>For example: the printer stopped again this morning.</source>
        <translation>Например: сегодня утром принтер снова перестал печатать.</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Причина возобновления</translation>
    </message>
    <message>
        <source>Please describe why the request should be reopened.</source>
        <translation>Опишите, почему заявку нужно возобновить.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Возобновить</translation>
    </message>
</context>
<context>
    <name>ReplyFiles</name>
    <message>
        <source>Attach files…</source>
        <translation>Прикрепить файлы…</translation>
    </message>
    <message>
        <source>Add screenshot</source>
        <translation>Добавить снимок экрана</translation>
    </message>
    <message>
        <source>Take a picture of your screen or of one window (HelpClient&apos;s windows step aside), crop it or black out what support should not see, and attach it to the reply</source>
        <translation>Сделать снимок экрана или отдельного окна (окна HelpClient на это время скрываются), обрезать его или закрасить то, что поддержке видеть не нужно, и приложить к ответу</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Убрать файлы</translation>
    </message>
    <message>
        <source>Attach files to your reply</source>
        <translation>Прикрепить файлы к ответу</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>A program or app</source>
        <translation>Программа или приложение</translation>
    </message>
    <message>
        <source>Computer or device</source>
        <translation>Компьютер или устройство</translation>
    </message>
    <message>
        <source>Network, Wi-Fi or VPN</source>
        <translation>Сеть, Wi-Fi или VPN</translation>
    </message>
    <message>
        <source>Account, password or access</source>
        <translation>Учётная запись, пароль или доступ</translation>
    </message>
    <message>
        <source>Printing or scanning</source>
        <translation>Печать или сканирование</translation>
    </message>
    <message>
        <source>E-mail or calendar</source>
        <translation>Почта или календарь</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Только что</translation>
    </message>
    <message>
        <source>Earlier today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>In the last few days</source>
        <translation>В последние несколько дней</translation>
    </message>
    <message>
        <source>More than a week ago</source>
        <translation>Больше недели назад</translation>
    </message>
    <message>
        <source>It never worked</source>
        <translation>Никогда не работало</translation>
    </message>
    <message>
        <source>It can wait — I have a workaround</source>
        <translation>Может подождать — есть обходной путь</translation>
    </message>
    <message>
        <source>It slows down my work</source>
        <translation>Мешает работать</translation>
    </message>
    <message>
        <source>I cannot work</source>
        <translation>Я не могу работать</translation>
    </message>
    <message>
        <source>Several people cannot work</source>
        <translation>Не могут работать несколько человек</translation>
    </message>
    <message>
        <source>Describe the problem in one line.</source>
        <translation>Опишите проблему одной строкой.</translation>
    </message>
    <message>
        <source>Use at least {n} characters to describe the problem.</source>
        <translation>Опишите проблему подробнее — не менее {n} символов.</translation>
    </message>
    <message>
        <source>Keep the summary under {n} characters; put details in the next steps.</source>
        <translation>Краткое описание должно быть короче {n} символов; подробности укажите на следующих шагах.</translation>
    </message>
    <message>
        <source>Choose what the problem is about.</source>
        <translation>Выберите, чего касается проблема.</translation>
    </message>
    <message>
        <source>Step {i} is too long: keep each step under {n} characters.</source>
        <translation>Шаг {i} слишком длинный: каждый шаг должен быть короче {n} символов.</translation>
    </message>
    <message>
        <source>Paste the exact error message, or tick “There was no error message”.</source>
        <translation>Вставьте точный текст ошибки или отметьте «Сообщения об ошибке не было».</translation>
    </message>
    <message>
        <source>Add at least one thing you did, one step per line.</source>
        <translation>Добавьте хотя бы одно действие — по одному шагу в строке.</translation>
    </message>
    <message>
        <source>The error text is longer than {n} characters; paste only the most important lines.</source>
        <translation>Текст ошибки длиннее {n} символов; вставьте только самые важные строки.</translation>
    </message>
    <message>
        <source>Choose when the problem started.</source>
        <translation>Выберите, когда возникла проблема.</translation>
    </message>
    <message>
        <source>Name the program that has the problem, or tick “Not about a specific program”.</source>
        <translation>Укажите программу, в которой возникла проблема, или отметьте «Не связано с конкретной программой».</translation>
    </message>
    <message>
        <source>Choose how urgent the problem is.</source>
        <translation>Выберите, насколько это срочно.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Укажите ваше имя.</translation>
    </message>
    <message>
        <source>Enter your e-mail address so support can answer you.</source>
        <translation>Укажите адрес электронной почты, чтобы служба поддержки могла вам ответить.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address (example: name@company.com).</source>
        <translation>«{value}» — неправильный адрес электронной почты (пример: name@company.com).</translation>
    </message>
    <message>
        <source>Tick “I agree” to send the checked information, or uncheck every item to send none.</source>
        <translation>Отметьте «Даю согласие…», чтобы отправить отмеченные сведения, или снимите отметки со всех пунктов, чтобы ничего не отправлять.</translation>
    </message>
    <message>
        <source>Your helpdesk needs this field filled in.</source>
        <translation>Служба поддержки требует заполнить это поле.</translation>
    </message>
    <message>
        <source>“{value}” does not look like a phone number: use digits, spaces and an optional leading +.</source>
        <translation>«{value}» не похоже на номер телефона: используйте цифры, пробелы и, если нужно, + в начале.</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Что случилось</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>What I did</source>
        <translation>Мои действия</translation>
    </message>
    <message>
        <source>What I saw</source>
        <translation>Что было на экране</translation>
    </message>
    <message>
        <source>There was no error message.</source>
        <translation>Сообщения об ошибке не было.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Когда началось</translation>
    </message>
    <message>
        <source>Software affected</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>версия неизвестна</translation>
    </message>
    <message>
        <source>Not about a specific program.</source>
        <translation>Не связано с конкретной программой.</translation>
    </message>
    <message>
        <source>Urgency and contact</source>
        <translation>Срочность и контакты</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Вложенные файлы</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>Сведения о системе</translation>
    </message>
    <message>
        <source>{n} items about this computer, reviewed by me, attached as a ZIP file.</source>
        <translation>Сведения об этом компьютере (пунктов: {n}) проверены мной и приложены в виде ZIP-файла.</translation>
    </message>
    <message>
        <source>Articles already tried</source>
        <translation>Статьи базы знаний, которые не помогли</translation>
    </message>
    <message>
        <source>Quick checks of this computer</source>
        <translation>Быстрые проверки этого компьютера</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <source>Report a problem</source>
        <translation>Сообщить о проблеме</translation>
    </message>
    <message>
        <source>Back &amp;to review</source>
        <translation>&amp;К проверке</translation>
    </message>
    <message>
        <source>Glad that solved it!</source>
        <translation>Рады, что проблема решена!</translation>
    </message>
    <message>
        <source>Nothing was sent to support. If the problem comes back, choose Report a problem from HelpClient&apos;s icon in the system tray (or its window) at any time.</source>
        <translation>В службу поддержки ничего не отправлено. Если проблема вернётся, выберите «Сообщить о проблеме» в меню значка HelpClient в области уведомлений (или в его окне) — в любое время.</translation>
    </message>
    <message>
        <source>Discard this report?</source>
        <translation>Удалить это сообщение о проблеме?</translation>
    </message>
    <message>
        <source>What you entered will be lost.</source>
        <translation>Всё, что вы ввели, будет потеряно.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить заполнение</translation>
    </message>
</context>
<context>
    <name>RequestTrackerSignIn</name>
    <message>
        <source>In Request Tracker, open Logged in as → Settings → Auth Tokens, create a token and paste it here. If that menu is missing, IT support creates the token for you.</source>
        <translation>В Request Tracker откройте «Logged in as» → «Settings» → «Auth Tokens», создайте токен и вставьте его сюда. Если такого меню нет, токен для вас создаст ИТ-поддержка.</translation>
    </message>
    <message>
        <source>Request Tracker lets only privileged users create their own tokens: for everyone else an administrator creates them (see HelpClient&apos;s README, “Using it with your own Request Tracker”).</source>
        <translation>Request Tracker позволяет создавать токены самостоятельно только привилегированным пользователям: для остальных их создаёт администратор (см. README HelpClient, раздел «Using it with your own Request Tracker»).</translation>
    </message>
</context>
<context>
    <name>RequestsWindow</name>
    <message>
        <source>My requests</source>
        <translation>Мои заявки</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <source>Request #%1 — %2</source>
        <translation>Заявка № %1 — %2</translation>
    </message>
    <message>
        <source>Search by subject or number</source>
        <translation>Поиск по теме или номеру</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Поиск заявок</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Обновление</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Check the helpdesk for news (F5)</source>
        <translation>Проверить, нет ли новостей по заявкам (F5)</translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation>Сообщить о проблеме…</translation>
    </message>
    <message>
        <source>You have no requests yet.</source>
        <translation>У вас пока нет заявок.</translation>
    </message>
    <message>
        <source>When you report a problem, you can follow it here.</source>
        <translation>Когда вы сообщите о проблеме, здесь можно будет следить за заявкой.</translation>
    </message>
    <message>
        <source>← My requests</source>
        <translation>← Мои заявки</translation>
    </message>
    <message>
        <source>Back to the list (%1)</source>
        <translation>Назад к списку (%1)</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Обновлено в %1</translation>
    </message>
    <message>
        <source>Not up to date: as of %1</source>
        <translation>Данные могли устареть: по состоянию на %1</translation>
    </message>
</context>
<context>
    <name>ResultRowWidget</name>
    <message>
        <source>How to fix it: %1</source>
        <extracomment>rows in this order: what needs the user first</extracomment>
        <translation>Как исправить: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and send</source>
        <translation>Проверка и отправка</translation>
    </message>
    <message>
        <source>This is exactly what support will receive. Use Edit to change a part, then press Send.</source>
        <translation>Именно в таком виде заявку получит служба поддержки. Чтобы исправить раздел, нажмите «Изменить», а затем — «Отправить».</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>Отправка заявки…</translation>
    </message>
    <message>
        <source>Other ways to reach support…</source>
        <translation>Другие способы связаться с поддержкой…</translation>
    </message>
    <message>
        <source>Also for when sending does not work: the e-mail starts with this report</source>
        <translation>В том числе когда отправить не получается: письмо уже содержит эту заявку</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Изменить раздел «%1»</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 из %2 МБ</translation>
    </message>
    <message>
        <source>Your request was not sent. %1

Nothing was lost: your report is still here. Press Send to try again.</source>
        <translation>Заявка не отправлена. %1

Ничего не потеряно: всё, что вы ввели, осталось здесь. Нажмите «Отправить», чтобы попробовать ещё раз.</translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <source>Show requests</source>
        <translation>Какие заявки показывать</translation>
    </message>
    <message>
        <source>Waiting for me (%1)</source>
        <translation>Ждут моего ответа (%1)</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Ждут моего ответа</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Решённые</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
</context>
<context>
    <name>ScreenshotBar</name>
    <message>
        <source>Add a &amp;screenshot</source>
        <translation>Добавить снимок &amp;экрана</translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>Снимки экрана</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>HelpClient hides its own windows while it takes the picture.</source>
        <translation>Пока делается снимок, окна HelpClient скрываются.</translation>
    </message>
</context>
<context>
    <name>ScreenshotEditor</name>
    <message>
        <source>Screenshot</source>
        <translation>Снимок экрана</translation>
    </message>
    <message>
        <source>Drag over the picture to crop it or to black out what support should not see.</source>
        <translation>Выделите мышью область на снимке, чтобы обрезать его по ней или закрасить то, что не должна видеть служба поддержки.</translation>
    </message>
    <message>
        <source>&amp;Crop</source>
        <translation>О&amp;брезать</translation>
    </message>
    <message>
        <source>&amp;Black out</source>
        <translation>&amp;Закрасить</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Прикрепить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>ScreenshotTaker</name>
    <message>
        <source>&amp;Whole desktop</source>
        <translation>&amp;Весь рабочий стол</translation>
    </message>
    <message>
        <source>Screen %1 (%2)</source>
        <translation>Экран %1 (%2)</translation>
    </message>
    <message>
        <source>One window</source>
        <translation>Отдельное окно</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Helpdesk</source>
        <translation>&amp;Сервер</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Об&amp;щие</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;База знаний</translation>
    </message>
    <message>
        <source>System &amp;information</source>
        <translation>Сведения о систе&amp;ме</translation>
    </message>
    <message>
        <source>Settings shown greyed out are set by %1 for this computer and cannot be changed here.</source>
        <translation>Настройки, показанные серым, для этого компьютера задаёт %1, и изменить их здесь нельзя.</translation>
    </message>
    <message>
        <source>Settings shown greyed out are set by your organisation for this computer and cannot be changed here.</source>
        <translation>Настройки, показанные серым, для этого компьютера задаёт ваша организация, и изменить их здесь нельзя.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Show HelpClient in:</source>
        <translation>&amp;Язык HelpClient:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>Как в интерфейсе</translation>
    </message>
    <message>
        <source>&amp;Write requests in:</source>
        <translation>&amp;Язык заявок:</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy.</source>
        <translation>Задано политикой вашей организации.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
    </message>
</context>
<context>
    <name>SettingsGroup</name>
    <message>
        <source>Set by your organisation&apos;s policy.</source>
        <translation>Задано политикой вашей организации.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Вход в %1</translation>
    </message>
    <message>
        <source>Sign in to %1 at %2.</source>
        <translation>Вход в %1 по адресу %2.</translation>
    </message>
    <message>
        <source>My web browser</source>
        <translation>Через браузер</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Токен доступа:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Способ входа:</translation>
    </message>
    <message>
        <source>Asking %1 how you may sign in…</source>
        <translation>Узнаём у %1, как можно войти…</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;Электронная почта:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Ключ API:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Очередь:</translation>
    </message>
    <message>
        <source>My login and password</source>
        <translation>Мой логин и пароль</translation>
    </message>
    <message>
        <source>My e-mail address and API key</source>
        <translation>Мой адрес электронной почты и ключ API</translation>
    </message>
    <message>
        <source>An access token</source>
        <translation>Токен доступа</translation>
    </message>
    <message>
        <source>Paste the access token you created in %1 (or that IT support gave you). HelpClient keeps it in your system keyring.</source>
        <translation>Вставьте токен доступа, созданный в %1 (или полученный от ИТ-поддержки). HelpClient хранит его в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>Use the login and password of %1&apos;s web page. HelpClient keeps them in your system keyring.</source>
        <translation>Введите логин и пароль, с которыми вы входите на веб-страницу %1. HelpClient хранит их в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>Enter the e-mail address of your %1 account and your personal API key. HelpClient keeps the key in your system keyring.</source>
        <translation>Введите адрес электронной почты своей учётной записи %1 и свой личный ключ API. HelpClient хранит ключ в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>The server does not accept this way of signing in now. Ask the helpdesk&apos;s administrator, or choose another way.</source>
        <translation>Сервер сейчас не принимает этот способ входа. Обратитесь к администратору системы заявок или выберите другой способ.</translation>
    </message>
    <message>
        <source>The helpdesk did not accept this login and password. Check them and try again.</source>
        <translation>Система заявок не приняла этот логин и пароль. Проверьте их и попробуйте снова.</translation>
    </message>
    <message>
        <source>%1 (switched off on this server)</source>
        <translation>%1 (отключено на этом сервере)</translation>
    </message>
    <message>
        <source>%1 answers at this address.</source>
        <translation>По этому адресу отвечает %1.</translation>
    </message>
    <message>
        <source>The server could not be asked: %1</source>
        <translation>Не удалось узнать у сервера: %1</translation>
    </message>
    <message>
        <source>Fill in the fields above first.</source>
        <translation>Сначала заполните поля выше.</translation>
    </message>
    <message>
        <source>Paste your access token first.</source>
        <translation>Сначала вставьте токен доступа.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
    </message>
</context>
<context>
    <name>SoftwarePage</name>
    <message>
        <source>Which program?</source>
        <translation>Какая программа?</translation>
    </message>
    <message>
        <source>Name the program that has the problem, and its version if you know it.</source>
        <translation>Укажите программу, в которой возникла проблема, и её версию, если знаете.</translation>
    </message>
    <message>
        <source>Example: Microsoft Outlook</source>
        <translation>Например: Microsoft Outlook</translation>
    </message>
    <message>
        <source>If you know it: usually under Help › About</source>
        <translation>Если знаете: обычно в меню «Справка › О программе»</translation>
    </message>
    <message>
        <source>N&amp;ot about a specific program</source>
        <translation>Н&amp;е связано с конкретной программой</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Программа:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Версия:</translation>
    </message>
    <message>
        <source>Start typing: programs installed on this computer are suggested</source>
        <translation>Начните вводить — будут предложены программы, установленные на этом компьютере</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Ждёт вашего ответа</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Отложена</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Support has received the request and will look at it soon.</source>
        <translation>Поддержка получила заявку и скоро ею займётся.</translation>
    </message>
    <message>
        <source>Support is working on the request.</source>
        <translation>Поддержка работает над заявкой.</translation>
    </message>
    <message>
        <source>Support needs an answer from you to go on.</source>
        <translation>Чтобы продолжить, поддержке нужен ваш ответ.</translation>
    </message>
    <message>
        <source>The request is paused, for example while support waits for a delivery or another team.</source>
        <translation>Работа над заявкой приостановлена — например, поддержка ждёт поставки или другой отдел.</translation>
    </message>
    <message>
        <source>The problem is solved. If it comes back, reopen the request.</source>
        <translation>Проблема решена. Если она вернётся, откройте заявку снова.</translation>
    </message>
    <message>
        <source>The request is closed.</source>
        <translation>Заявка закрыта.</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>These articles may solve it right away:</source>
        <translation>Возможно, эти статьи помогут решить проблему сразу:</translation>
    </message>
</context>
<context>
    <name>SysinfoPage</name>
    <message>
        <source>What will be sent</source>
        <translation>Что будет отправлено</translation>
    </message>
    <message>
        <source>Support needs some facts about your computer. Check what may be attached to your report; nothing is sent until you press Send.</source>
        <translation>Службе поддержки нужны некоторые сведения о вашем компьютере. Проверьте, что можно приложить к заявке: ничего не будет отправлено, пока вы не нажмёте «Отправить».</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Information to send</source>
        <translation>Сведения для отправки</translation>
    </message>
    <message>
        <source>Exact text that will be sent</source>
        <translation>Точный текст, который будет отправлен</translation>
    </message>
    <message>
        <source>&amp;Hide my user name, computer name, folders, e-mail and IP addresses</source>
        <translation>Скрыть &amp;имя пользователя, имя компьютера, папки, адреса эл. почты и IP-адреса</translation>
    </message>
    <message>
        <source>I &amp;agree to send the checked information with my report</source>
        <translation>Даю &amp;согласие на отправку отмеченных сведений вместе с заявкой</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy</source>
        <translation>Задано политикой вашей организации</translation>
    </message>
    <message>
        <source>System information is not available.</source>
        <translation>Сведения о системе недоступны.</translation>
    </message>
    <message>
        <source>Collecting information about this computer…</source>
        <translation>Сбор сведений об этом компьютере…</translation>
    </message>
    <message>
        <source>Could not collect system information: %1. Your report can be sent without it.</source>
        <translation>Не удалось собрать сведения о системе: %1. Заявку можно отправить и без них.</translation>
    </message>
    <message>
        <source>Technical information</source>
        <translation>Технические сведения</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>Личные сведения</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>Не собрано</translation>
    </message>
    <message>
        <source>Select an item to see exactly what will be sent. Highlighted marks show where secrets were removed.</source>
        <translation>Выберите пункт, чтобы увидеть, что именно будет отправлено. Выделенные метки показывают, где данные были скрыты.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>время истекло</translation>
    </message>
    <message>
        <source>… The preview shows the first %1 of %2; the whole file is sent.</source>
        <translation>… Здесь показаны первые %1 из %2; отправлен будет весь файл.</translation>
    </message>
    <message>
        <source>Not collected: %1</source>
        <translation>Не собрано: %1</translation>
    </message>
    <message>
        <source>%1 items, %2, will be attached as a ZIP file.</source>
        <translation>Будет приложено в виде ZIP-файла: пунктов — %1, объём — %2.</translation>
    </message>
    <message>
        <source>Left out because of the size limit: %1.</source>
        <translation>Не включено из-за ограничения размера: %1.</translation>
    </message>
    <message>
        <source>No system information will be sent.</source>
        <translation>Сведения о системе не будут отправлены.</translation>
    </message>
</context>
<context>
    <name>SysinfoSettings</name>
    <message>
        <source>System information</source>
        <translation>Сведения о системе</translation>
    </message>
    <message>
        <source>&amp;Offer to attach system information to new reports</source>
        <translation>&amp;Предлагать прикладывать сведения о системе к новым заявкам</translation>
    </message>
    <message>
        <source>A&amp;nonymise it: hide my user name, computer name, folders, e-mail and IP addresses</source>
        <translation>&amp;Обезличивать их: скрывать имя пользователя, имя компьютера, папки, e-mail и IP-адреса</translation>
    </message>
    <message>
        <source>You see every item before a report is sent and can leave any of them out. Passwords and tokens are always removed.</source>
        <translation>Перед отправкой заявки вы видите каждый пункт и можете исключить любой. Пароли и токены удаляются всегда.</translation>
    </message>
</context>
<context>
    <name>SystemInfo</name>
    <message>
        <source>left out by the user</source>
        <translation>исключено пользователем</translation>
    </message>
    <message>
        <source>left out: the bundle would exceed {cap} bytes</source>
        <translation>не включено: пакет сведений о системе превысил бы предел в {cap} байт</translation>
    </message>
    <message>
        <source>System information for support</source>
        <translation>Сведения о системе для службы поддержки</translation>
    </message>
    <message>
        <source>Created: {when}</source>
        <translation>Создано: {when}</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>Не включено</translation>
    </message>
    <message>
        <source>User name, computer name, home folders, e-mail and IP addresses were replaced by [REDACTED:…] marks.</source>
        <translation>Имя пользователя, имя компьютера, домашние папки, адреса эл. почты и IP-адреса заменены метками [REDACTED:…].</translation>
    </message>
    <message>
        <source>(summary unavailable: {error})</source>
        <translation>(сводка недоступна: {error})</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>собрано</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>время истекло</translation>
    </message>
    <message>
        <source>Operating system</source>
        <extracomment>the app&apos;s own way to servers (its proxy, its trust): the connection checks take it</extracomment>
        <translation>Операционная система</translation>
    </message>
    <message>
        <source>Many problems depend on the exact system version.</source>
        <translation>Многие проблемы зависят от точной версии системы.</translation>
    </message>
    <message>
        <source>Computer model and name</source>
        <translation>Модель и имя компьютера</translation>
    </message>
    <message>
        <source>Identifies your computer in the IT inventory.</source>
        <translation>Позволяет найти ваш компьютер в учёте ИТ-оборудования.</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Account problems depend on who is signed in.</source>
        <translation>Проблемы с учётной записью зависят от того, кто вошёл в систему.</translation>
    </message>
    <message>
        <source>Uptime and last start</source>
        <translation>Время работы и последний запуск</translation>
    </message>
    <message>
        <source>Some problems go away with a restart; this tells support when the last one was.</source>
        <translation>Некоторые проблемы исчезают после перезагрузки; эти сведения покажут службе поддержки, когда она была в последний раз.</translation>
    </message>
    <message>
        <source>Processor and load</source>
        <translation>Процессор и нагрузка</translation>
    </message>
    <message>
        <source>Shows whether the computer is overloaded.</source>
        <translation>Показывает, не перегружен ли компьютер.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <source>Too little free memory slows everything.</source>
        <translation>Когда свободной памяти мало, всё работает медленно.</translation>
    </message>
    <message>
        <source>Disks and free space</source>
        <translation>Диски и свободное место</translation>
    </message>
    <message>
        <source>A full disk causes many strange errors.</source>
        <translation>Переполненный диск вызывает множество странных ошибок.</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Аккумулятор</translation>
    </message>
    <message>
        <source>Power saving can slow down or disconnect a laptop.</source>
        <translation>Режим энергосбережения может замедлять ноутбук или отключать его от сети.</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Экраны</translation>
    </message>
    <message>
        <source>Display problems depend on resolution and scaling.</source>
        <translation>Проблемы с изображением зависят от разрешения и масштаба.</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>Сетевые настройки</translation>
    </message>
    <message>
        <source>Addresses, DNS, gateway, proxy and VPN explain most connection problems.</source>
        <translation>Адреса, DNS, шлюз, прокси-сервер и VPN объясняют большинство проблем с подключением.</translation>
    </message>
    <message>
        <source>Connection checks</source>
        <translation>Проверка подключения</translation>
    </message>
    <message>
        <source>Shows whether the helpdesk and company services can be reached.</source>
        <translation>Показывает, доступны ли система заявок и сервисы компании.</translation>
    </message>
    <message>
        <source>Installed software</source>
        <translation>Установленные программы</translation>
    </message>
    <message>
        <source>Support checks which programs and versions are installed.</source>
        <translation>Служба поддержки проверит, какие программы и их версии установлены.</translation>
    </message>
    <message>
        <source>Busiest programs</source>
        <translation>Самые ресурсоёмкие программы</translation>
    </message>
    <message>
        <source>Shows which programs use the most processor time and memory.</source>
        <translation>Показывает, какие программы сильнее всего нагружают процессор и занимают больше всего памяти.</translation>
    </message>
    <message>
        <source>Recent system errors</source>
        <translation>Недавние системные ошибки</translation>
    </message>
    <message>
        <source>Errors the system logged in the last 24 hours often name the cause.</source>
        <translation>Ошибки, которые система записала в журнал за последние 24 часа, часто указывают на причину.</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Принтеры</translation>
    </message>
    <message>
        <source>Printer names and stuck print jobs.</source>
        <translation>Названия принтеров и зависшие задания печати.</translation>
    </message>
    <message>
        <source>Language, time zone and clock</source>
        <translation>Язык, часовой пояс и часы</translation>
    </message>
    <message>
        <source>Wrong time or language settings break sign-ins and documents.</source>
        <translation>Из-за неверного времени или языковых настроек возникают проблемы со входом в систему и с документами.</translation>
    </message>
    <message>
        <source>HelpClient version and settings</source>
        <translation>Версия и настройки HelpClient</translation>
    </message>
    <message>
        <source>Lets support check how HelpClient itself is set up.</source>
        <translation>Позволяет службе поддержки проверить, как настроен сам HelpClient.</translation>
    </message>
    <message>
        <source>HelpClient log (last lines)</source>
        <translation>Журнал HelpClient (последние строки)</translation>
    </message>
    <message>
        <source>Shows what HelpClient did just before the problem.</source>
        <translation>Показывает, что делал HelpClient непосредственно перед появлением проблемы.</translation>
    </message>
    <message>
        <source>OS: {name} (kernel {kernel}, {arch})</source>
        <translation>ОС: {name} (ядро {kernel}, {arch})</translation>
    </message>
    <message>
        <source>Uptime: {hours} h (since {boot})</source>
        <translation>Время работы: {hours} ч (с {boot})</translation>
    </message>
    <message>
        <source>CPU: {model}; logical cores: {cores}; load: {load}</source>
        <translation>Процессор: {model}; логических ядер: {cores}; нагрузка: {load}</translation>
    </message>
    <message>
        <source>Memory: {free} MB free of {total} MB</source>
        <translation>Память: свободно {free} МБ из {total} МБ</translation>
    </message>
    <message>
        <source>Disk {mount}: {free} GB free of {size} GB</source>
        <translation>Диск {mount}: свободно {free} ГБ из {size} ГБ</translation>
    </message>
    <message>
        <source>Disk {mount}: {free} GB free of {size} GB — LOW SPACE</source>
        <translation>Диск {mount}: свободно {free} ГБ из {size} ГБ — МАЛО МЕСТА</translation>
    </message>
    <message>
        <source>Network: interfaces up: {up}; gateway: {gateway}; DNS: {dns}; VPN: {vpn}</source>
        <translation>Сеть: активные интерфейсы: {up}; шлюз: {gateway}; DNS: {dns}; VPN: {vpn}</translation>
    </message>
    <message>
        <source>Reach {url}: OK</source>
        <translation>Доступ к {url}: есть</translation>
    </message>
    <message>
        <source>Reach {url}: FAILED ({error})</source>
        <translation>Доступ к {url}: НЕТ ({error})</translation>
    </message>
    <message>
        <source>Installed packages: {count}; sources: {sources}</source>
        <translation>Установлено пакетов: {count}; источники: {sources}</translation>
    </message>
</context>
<context>
    <name>TicketHeader</name>
    <message>
        <source>Open in browser</source>
        <translation>Открыть в браузере</translation>
    </message>
    <message>
        <source>Open this request on the helpdesk&apos;s website</source>
        <translation>Открыть заявку на сайте службы поддержки</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>Opened %1 · Last update %2</source>
        <translation>Создана %1 · Последнее обновление %2</translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Последнее обновление</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>There is news you have not seen yet.</source>
        <translation>Есть новости, которые вы ещё не видели.</translation>
    </message>
    <message>
        <source>Support is waiting for your answer.</source>
        <translation>Служба поддержки ждёт вашего ответа.</translation>
    </message>
    <message>
        <source>Updated %1
Created %2</source>
        <translation>Обновлена: %1
Создана: %2</translation>
    </message>
    <message>
        <source>Waiting for your answer: %1</source>
        <translation>Ждёт вашего ответа: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Есть новости: %1</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Sending your reply…</source>
        <translation>Отправка ответа…</translation>
    </message>
    <message>
        <source>Confirming the solution…</source>
        <translation>Подтверждение решения…</translation>
    </message>
    <message>
        <source>Marking the request as solved…</source>
        <translation>Заявка отмечается как решённая…</translation>
    </message>
    <message>
        <source>Reopening the request…</source>
        <translation>Заявка возобновляется…</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Загрузка переписки…</translation>
    </message>
    <message>
        <source>Support is waiting for your answer.</source>
        <translation>Служба поддержки ждёт вашего ответа.</translation>
    </message>
    <message>
        <source>Write a reply to support…</source>
        <translation>Напишите ответ службе поддержки…</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <source>My problem is solved</source>
        <translation>Проблема решена</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Возобновить…</translation>
    </message>
    <message>
        <source>Rate the help…</source>
        <translation>Оценить помощь…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation>Отправить ответ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Request #%1</source>
        <translation>Заявка № %1</translation>
    </message>
    <message>
        <source>Confirm the solution</source>
        <translation>Подтвердить решение</translation>
    </message>
    <message>
        <source>This request is solved.</source>
        <translation>Заявка решена.</translation>
    </message>
    <message>
        <source>This request is closed.</source>
        <translation>Заявка закрыта.</translation>
    </message>
    <message>
        <source>If the problem came back, reopen it.</source>
        <translation>Если проблема вернулась, возобновите заявку.</translation>
    </message>
    <message>
        <source>If the problem came back, report it again.</source>
        <translation>Если проблема вернулась, сообщите о ней снова.</translation>
    </message>
    <message>
        <source>Request #%1: %2</source>
        <translation>Заявка № %1: %2</translation>
    </message>
    <message>
        <source>Sending your reply… %1 %</source>
        <translation>Отправка ответа… %1 %</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Сохранение %1…</translation>
    </message>
    <message>
        <source>Sending your rating…</source>
        <translation>Отправка оценки…</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>Спасибо за оценку!</translation>
    </message>
    <message>
        <source>Saved as %1 in %2</source>
        <translation>Сохранено как %1 в папке %2</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 мин назад</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 ч назад</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>вчера в %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Waiting to be sent: %1 — will send when the connection is back</source>
        <translation>Ожидают отправки: %1 — будут отправлены, когда появится связь</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>Ожидают отправки: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) with news</source>
        <translation>
            <numerusform>Новости по %n заявке</numerusform>
            <numerusform>Новости по %n заявкам</numerusform>
            <numerusform>Новости по %n заявкам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Support is waiting for your answer on %n request(s)</source>
        <translation>
            <numerusform>Служба поддержки ждёт вашего ответа по %n заявке</numerusform>
            <numerusform>Служба поддержки ждёт вашего ответа по %n заявкам</numerusform>
            <numerusform>Служба поддержки ждёт вашего ответа по %n заявкам</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Добро пожаловать в %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 is ready to help&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 готов помочь&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>When something on your computer does not work, click this icon in the system tray (the row of small icons by the clock). From its menu you can report a problem, follow your requests and search the knowledge base. %1 keeps running there; you do not need to start it.</source>
        <translation>Если на компьютере что-то не работает, щёлкните этот значок в области уведомлений (ряд маленьких значков рядом с часами). В его меню можно сообщить о проблеме, следить за своими заявками и искать ответы в базе знаний. %1 всегда работает там — запускать его не нужно.</translation>
    </message>
    <message>
        <source>&amp;Report a problem now</source>
        <translation>&amp;Сообщить о проблеме</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Понятно</translation>
    </message>
</context>
<context>
    <name>ZammadSignIn</name>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>In Zammad, click your avatar and open Profile → Token Access. Create a token with the permission “ticket.customer”, copy it (Zammad shows it only once) and paste it here.</source>
        <translation>В Zammad нажмите на свой аватар и откройте «Профиль» → «Доступ по токену». Создайте токен с правом «ticket.customer», скопируйте его (Zammad показывает токен только один раз) и вставьте сюда.</translation>
    </message>
    <message>
        <source>Use the login (often your e-mail address) and password you sign in to Zammad&apos;s web page with. An access token is safer: you can revoke it without changing your password.</source>
        <translation>Введите логин (часто это ваш адрес электронной почты) и пароль, с которыми вы входите на веб-страницу Zammad. Токен доступа надёжнее: его можно отозвать, не меняя пароль.</translation>
    </message>
    <message>
        <source>Zammad accepts passwords from apps only when its administrator switches on “API password access” (Settings → System → API).</source>
        <translation>Zammad принимает пароли от приложений, только если администратор включил «API password access» («Настройки» → «Система» → «API»).</translation>
    </message>
    <message>
        <source>No Token Access in your profile? Zammad&apos;s administrator must give the Customer role the permission “user_preferences.access_token” (Manage → Roles → Customer) and keep “API token access” switched on (Settings → System → API).</source>
        <translation>В профиле нет раздела «Доступ по токену»? Администратор Zammad должен дать роли «Customer» право «user_preferences.access_token» («Управление» → «Роли» → «Customer») и не отключать «API token access» («Настройки» → «Система» → «API»).</translation>
    </message>
    <message>
        <source>This Zammad accepts neither access tokens nor passwords from apps. Ask its administrator to switch on “API token access” (Settings → System → API).</source>
        <translation>Этот Zammad не принимает от приложений ни токены доступа, ни пароли. Попросите администратора включить «API token access» («Настройки» → «Система» → «API»).</translation>
    </message>
    <message>
        <source>Zammad did not accept this login and password. Check them and try again; if they work on Zammad&apos;s web page, “API password access” may be switched off — sign in with an access token instead.</source>
        <translation>Zammad не принял этот логин и пароль. Проверьте их и попробуйте снова; если на веб-странице Zammad они подходят, возможно, отключён «API password access» — войдите по токену доступа.</translation>
    </message>
    <message>
        <source>Zammad did not accept this access token. Copy it again from Profile → Token Access; it may have expired or been deleted, or token access is switched off.</source>
        <translation>Zammad не принял этот токен доступа. Скопируйте его заново в «Профиль» → «Доступ по токену»: возможно, срок его действия истёк, он удалён или доступ по токенам отключён.</translation>
    </message>
</context>
<context>
    <name>ZendeskSignIn</name>
    <message>
        <source>The address is your company&apos;s Zendesk address, like https://yourcompany.zendesk.com (or its help center&apos;s own domain).</source>
        <translation>Адрес — это адрес Zendesk вашей компании, например https://yourcompany.zendesk.com (или собственный домен его справочного центра).</translation>
    </message>
    <message>
        <source>My e-mail address and password</source>
        <translation>Мой адрес электронной почты и пароль</translation>
    </message>
    <message>
        <source>Use the e-mail address and password you sign in to your company&apos;s help center with (where you see “My requests”). HelpClient keeps them in your system keyring.</source>
        <translation>Введите адрес электронной почты и пароль, с которыми вы входите в справочный центр компании (там, где раздел «Мои запросы»). HelpClient хранит их в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>Zendesk accepts passwords from apps only when its administrator switches on “Allow API password access” (Admin Center → Apps and integrations → APIs → API configuration). HelpClient never signs in with an API token: a token belongs to the whole company account and can act as anyone.</source>
        <translation>Zendesk принимает пароли от приложений, только если администратор включил «Allow API password access» («Admin Center» → «Apps and integrations» → «APIs» → «API configuration»). HelpClient никогда не входит по API-токену: токен принадлежит всей учётной записи компании и может действовать от имени любого пользователя.</translation>
    </message>
    <message>
        <source>Zendesk did not accept this e-mail address and password. Check them and try again; if they work on the help center&apos;s web page, API password access may be switched off — ask your IT department.</source>
        <translation>Zendesk не принял этот адрес электронной почты и пароль. Проверьте их и попробуйте снова; если на сайте справочного центра они подходят, возможно, вход по паролю через API отключён — обратитесь в ИТ-отдел.</translation>
    </message>
    <message>
        <source>HelpClient does not sign in with a Zendesk API token (an address ending in “/token”) or an administrator&apos;s account: either can act for every user of your company&apos;s Zendesk, and it would be kept on this computer. Sign in with your own e-mail address and password.</source>
        <translation>HelpClient не входит по API-токену Zendesk (адрес, оканчивающийся на «/token») и под учётной записью администратора: и то и другое позволяет действовать от имени любого пользователя Zendesk вашей компании, а храниться будет на этом компьютере. Войдите со своим адресом электронной почты и паролем.</translation>
    </message>
</context>
<context>
    <name>_Waiting</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n заявка</numerusform>
            <numerusform>%n заявки</numerusform>
            <numerusform>%n заявок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies)</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
</context>
</TS>
