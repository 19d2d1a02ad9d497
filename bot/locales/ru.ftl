## Access
refusal = Здравствуйте! Этот бот работает только для сотрудников по приглашению. Если вам нужен доступ, попросите администратора прислать код приглашения и отправьте его командой /start КОД.
start-welcome-back = С возвращением, { $name }! Команды: /help
start-ok = Добро пожаловать, { $name }! Вы подключены как { $role }. Каждое утро в { $time } я пришлю сводку по { $scope }. Настройки: /settings, все команды: /help
start-scope-own = вашим клиентам
start-scope-all = всем клиентам команды
start-code-unknown = Код не найден. Проверьте, что он набран без ошибок, или попросите у администратора новый.
start-code-used = Этот код уже использован. Коды одноразовые: попросите у администратора новый.
start-code-expired = Срок действия кода истёк. Попросите у администратора новый.
start-code-revoked = Этот код отозван администратором.
admin-only = Эта команда только для администраторов.
group-no-customer-data = В этом чате не показываются данные о клиентах. Напишите мне в личные сообщения или попросите администратора разрешить это командой /chatdata on.
role-manager = менеджер
role-head = руководитель
role-admin = администратор

## Help
help =
    <b>RFM Pulse</b> — утренние сводки о клиентах, которые скоро «уснут», сегменты и KPI.
    /digest — сводка за сегодня сейчас
    /alerts — мои клиенты у границы засыпания
    /customer &lt;id или имя&gt; — карточка клиента
    /segments — сегменты с диаграммой
    /kpi [период] — KPI: месяц (2026-11), квартал (2026-Q4) или год
    /settings — время сводки, язык, какие сводки
    /subscribe, /unsubscribe — включить или выключить сводки
help-admin =
    <b>Администратору</b>
    /invite &lt;менеджер как в данных&gt; [manager|head|admin] — код приглашения
    /people — люди и коды; /people role &lt;id&gt; &lt;роль&gt;; /people revoke &lt;id или код&gt;
    /refresh — перечитать данные
    /chatdata on|off — разрешить данные о клиентах в этой группе
cmd-start = Начать работу
cmd-help = Помощь
cmd-digest = Сводка за сегодня
cmd-alerts = Клиенты у границы засыпания
cmd-segments = Сегменты с диаграммой
cmd-kpi = Мои KPI
cmd-customer = Карточка клиента
cmd-settings = Настройки
cmd-subscribe = Включить сводки
cmd-unsubscribe = Выключить сводки
cmd-refresh = Обновить данные (админ)
cmd-invite = Пригласить (админ)
cmd-people = Люди (админ)

## Data
no-data = Данные ещё не загружены. Попробуйте через минуту; если не помогает — сообщите администратору.
footer = <i>Данные загружены { $loaded } · на дату { $asOf }</i>
footer-versions = <i>Версия настроек { $config } · версия данных { $ledger }</i>
footer-stale = ⚠️ <i>Обновить данные не удалось, им { $hours ->
        [one] { $hours } час
        [few] { $hours } часа
       *[many] { $hours } часов
    }.</i>

## Alerts
alerts-title = <b>Клиенты у границы засыпания</b> — { $count ->
        [one] { $count } клиент
        [few] { $count } клиента
       *[many] { $count } клиентов
    }
alerts-none = У вас сейчас нет клиентов у границы засыпания. 🎉
alerts-approaching = ⏳ <b>Скоро уснут: { $count }</b>
alerts-crossed = 🔔 <b>Только что уснули: { $count }</b>
alert-line-1 = { $n }. <b>{ $name }</b> · <code>{ $id }</code> — { $segment }
alert-approaching-left = уснёт через { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[many] { $days } дней
    }
alert-crossed-ago = { $days ->
        [0] граница пройдена сегодня
        [one] граница пройдена { $days } день назад
        [few] граница пройдена { $days } дня назад
       *[many] граница пройдена { $days } дней назад
    }
alert-line-2 = { $status } · без покупок { $recency } дн. · { $money }
alert-line-manager = менеджер: { $manager }
alert-line-action = → { $channel }; { $offer }
alerts-more = …и ещё { $count } — весь список: /alerts
alerts-page = Стр. { $page } из { $pages }
alerts-prev = ◀️ Назад
alerts-next = Вперёд ▶️
left-out = <i>Не включены: { $holdout } в контрольной группе, { $suppressed } в стоп-листе{ $capped ->
        [0] {""}
       *[other] , { $capped } уже напоминали за последние { $capDays } дн.
    }</i>

## Digest
digest-hello = <b>Доброе утро, { $name }!</b> Сводка на { $date }
digest-alerts-new = Новых клиентов у границы засыпания нет.
digest-nothing = На сегодня сводок нет: { $reason }
digest-nothing-settings = все сводки выключены в /settings
digest-nothing-today = сегменты приходят по понедельникам, KPI — по понедельникам или 1-го числа
dry-run-header = ===== { $who } (чат { $chat }, { $lang }, { $time }) · { $digest } · { $date } =====

## Segments
segments-title = <b>Сегменты</b> на { $date } — { $count ->
        [one] { $count } клиент
        [few] { $count } клиента
       *[many] { $count } клиентов
    }
segments-line = { $name }: { $customers } ({ $share }) · { $revenue }
segments-chart-title = Клиенты по сегментам
segments-chart-axis = Клиенты
segments-caption = Сегменты на { $date }: { $count ->
        [one] { $count } клиент
        [few] { $count } клиента
       *[many] { $count } клиентов
    }

## Customer
customer-usage = Укажите id или часть имени: /customer 1042 или /customer Иванова
customer-not-found = Среди ваших клиентов нет «{ $query }».
customer-many = Нашлось несколько клиентов, уточните:
customer-card =
    <b>{ $name }</b> · <code>{ $id }</code>
    Сегмент: <b>{ $segment }</b> ({ $code }) · трек: { $track }
    Без покупок: { $recency } дн. · покупок за окно: { $frequency } · выручка: { $money }
    Граница засыпания: { $boundary } · до неё: { $left }
    Менеджер: { $manager }
    Что сделать: { $channel }; { $cadence }; { $offer }
customer-orders = <b>Последние заказы</b>
customer-order-line = { $date } · { $money } · № { $order }
customer-no-boundary = не определена

## KPI
kpi-title = <b>KPI за { $period }</b> (база: { $base })
kpi-team = <b>Команда</b>
kpi-line = { $name }: <b>{ $fact }</b>{ $plan } { $change }
kpi-plan = {" "}из { $plan } ({ $pct })
kpi-undefined = не определено
kpi-bad-period = Период не распознан: { $error }. Примеры: 2026-11, 2026-Q4, 2026.
kpi-unavailable = KPI пока недоступны: { $reason }

## Settings
settings-title =
    <b>Настройки</b>
    Время сводки: <b>{ $time }</b> ({ $tz })
    Язык: <b>русский</b>
    Сводки: клиенты у границы — { $alerts }; сегменты по понедельникам — { $segments }; KPI — { $kpi }
    Подписка: { $sub }
settings-on = вкл.
settings-off = выкл.
settings-kpi-weekly = по понедельникам
settings-kpi-monthly = 1-го числа
settings-kpi-off = выкл.
settings-paused = приостановлена ({ $reason })
settings-time-usage = Время в формате ЧЧ:ММ, например: /settings time 08:30
settings-saved = Сохранено.
btn-alerts = Клиенты у границы: { $state }
btn-segments = Сегменты: { $state }
btn-kpi = KPI: { $state }
btn-lang = English
subscribed = Сводки включены. Следующая придёт в { $time }.
unsubscribed = Сводки выключены. Включить снова: /subscribe

## Admin
invite-usage = Формат: /invite &lt;имя менеджера как в данных&gt; [manager|head|admin]. Менеджеры в данных: { $managers }
invite-unknown-manager = Менеджера «{ $name }» нет в данных. Менеджеры в данных: { $managers }
invite-created =
    Код приглашения для <b>{ $name }</b> ({ $role }): <code>{ $code }</code>
    Действует до { $expires }, одноразовый. Пусть отправит боту: <code>/start { $code }</code>
people-title = <b>Люди</b>
people-line = { $name } · <code>{ $id }</code> · { $role }{ $manager } · { $state }
people-active = активен
people-revoked = доступ отозван
people-paused = сводки на паузе
people-invites = <b>Неиспользованные коды</b>
people-invite-line = <code>{ $code }</code> · { $name } · { $role } · до { $expires }
people-usage = /people role &lt;telegram id&gt; manager|head|admin или /people revoke &lt;telegram id или код&gt;
people-done = Готово.
people-not-found = Не найдено.
refresh-ok = Данные обновлены за { $ms } мс: { $customers ->
        [one] { $customers } клиент
        [few] { $customers } клиента
       *[many] { $customers } клиентов
    }; строк использовано { $used } из { $total }, отклонено { $rejected }, исключено { $excluded } (подробности: rfm quality).
refresh-failed = Обновить данные не удалось: { $error }. Работаю на прежних данных.
refresh-started = Обновляю данные…
chatdata-on = В этом чате теперь можно показывать данные о клиентах.
chatdata-off = В этом чате данные о клиентах больше не показываются.
chatdata-usage = /chatdata on или /chatdata off — в групповом чате.
admin-blocked = ⚠️ { $name } (<code>{ $id }</code>) заблокировал бота: сводки для него приостановлены. Когда он снова напишет боту /subscribe, они возобновятся.
admin-settings-changed = ⚙️ Настройки в таблице изменились: версия <code>{ $from }</code> → <code>{ $to }</code>. Сводки и ответы уже считаются по новым настройкам.
admin-settings-invalid = ⚠️ Вкладка настроек в таблице содержит ошибки, поэтому бот продолжает работать с последними верными настройками (версия <code>{ $version }</code>). Исправьте:
    { $problems }
unknown-command = Не знаю такой команды. Список команд: /help
