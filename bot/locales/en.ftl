## Access
refusal = Hello! This bot is for invited staff only. If you need access, ask an administrator for an invitation code and send it as /start CODE.
start-welcome-back = Welcome back, { $name }! Commands: /help
start-ok = Welcome, { $name }! You are connected as { $role }. Every morning at { $time } I will send a digest about { $scope }. Settings: /settings, all commands: /help
start-scope-own = your customers
start-scope-all = all the team's customers
start-code-unknown = This code was not found. Check it for typos or ask an administrator for a new one.
start-code-used = This code has already been used. Codes work once: ask an administrator for a new one.
start-code-expired = This code has expired. Ask an administrator for a new one.
start-code-revoked = This code was revoked by an administrator.
admin-only = This command is for administrators only.
group-no-customer-data = Customer data is not shown in this chat. Message me privately, or ask an administrator to allow it with /chatdata on.
role-manager = manager
role-head = head
role-admin = administrator

## Help
help =
    <b>RFM Pulse</b> — morning digests about customers about to "fall asleep", segments and KPIs.
    /digest — today's digest now
    /alerts — my customers near the sleep boundary
    /customer &lt;id or name&gt; — a customer's card
    /segments — segments with a chart
    /kpi [period] — KPIs: month (2026-11), quarter (2026-Q4) or year
    /settings — digest time, language, which digests
    /subscribe, /unsubscribe — turn digests on or off
help-admin =
    <b>For administrators</b>
    /invite &lt;manager as in the data&gt; [manager|head|admin] — an invitation code
    /people — people and codes; /people role &lt;id&gt; &lt;role&gt;; /people revoke &lt;id or code&gt;
    /refresh — reload the data
    /chatdata on|off — allow customer data in this group
cmd-start = Get started
cmd-help = Help
cmd-digest = Today's digest
cmd-alerts = Customers near the sleep boundary
cmd-segments = Segments with a chart
cmd-kpi = My KPIs
cmd-customer = Customer card
cmd-settings = Settings
cmd-subscribe = Turn digests on
cmd-unsubscribe = Turn digests off
cmd-refresh = Reload data (admin)
cmd-invite = Invite (admin)
cmd-people = People (admin)

## Data
no-data = The data is not loaded yet. Try again in a minute; if that does not help, tell an administrator.
footer = <i>Data loaded { $loaded } · as of { $asOf }</i>
footer-versions = <i>Settings version { $config } · data version { $ledger }</i>
footer-stale = ⚠️ <i>The data could not be refreshed; it is { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } old.</i>

## Alerts
alerts-title = <b>Customers near the sleep boundary</b> — { $count ->
        [one] { $count } customer
       *[other] { $count } customers
    }
alerts-none = None of your customers is near the sleep boundary right now. 🎉
alerts-approaching = ⏳ <b>About to fall asleep: { $count }</b>
alerts-crossed = 🔔 <b>Just fell asleep: { $count }</b>
alert-line-1 = { $n }. <b>{ $name }</b> · <code>{ $id }</code> — { $segment }
alert-approaching-left = asleep in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
alert-crossed-ago = { $days ->
        [0] crossed the boundary today
        [one] crossed the boundary { $days } day ago
       *[other] crossed the boundary { $days } days ago
    }
alert-line-2 = { $status } · { $recency } days without a purchase · { $money }
alert-line-manager = manager: { $manager }
alert-line-action = → { $channel }; { $offer }
alerts-more = …and { $count } more — the full list: /alerts
alerts-page = Page { $page } of { $pages }
alerts-prev = ◀️ Back
alerts-next = Next ▶️
left-out = <i>Left out: { $holdout } in the holdout group, { $suppressed } on the do-not-contact list{ $capped ->
        [0] {""}
       *[other] , { $capped } already alerted in the last { $capDays } days
    }</i>

## Digest
digest-hello = <b>Good morning, { $name }!</b> Digest for { $date }
digest-alerts-new = No new customers near the sleep boundary.
digest-nothing = No digests today: { $reason }
digest-nothing-settings = all digests are off in /settings
digest-nothing-today = segments come on Mondays, KPIs on Mondays or on the 1st
dry-run-header = ===== { $who } (chat { $chat }, { $lang }, { $time }) · { $digest } · { $date } =====

## Segments
segments-title = <b>Segments</b> as of { $date } — { $count ->
        [one] { $count } customer
       *[other] { $count } customers
    }
segments-line = { $name }: { $customers } ({ $share }) · { $revenue }
segments-chart-title = Customers by segment
segments-chart-axis = Customers
segments-caption = Segments as of { $date }: { $count ->
        [one] { $count } customer
       *[other] { $count } customers
    }

## Customer
customer-usage = Give an id or part of a name: /customer 1042 or /customer Ivanova
customer-not-found = None of your customers matches "{ $query }".
customer-many = Several customers match, be more specific:
customer-card =
    <b>{ $name }</b> · <code>{ $id }</code>
    Segment: <b>{ $segment }</b> ({ $code }) · track: { $track }
    Days without a purchase: { $recency } · purchases in the window: { $frequency } · revenue: { $money }
    Sleep boundary: { $boundary } · left: { $left }
    Manager: { $manager }
    What to do: { $channel }; { $cadence }; { $offer }
customer-orders = <b>Latest orders</b>
customer-order-line = { $date } · { $money } · No. { $order }
customer-no-boundary = not determined

## KPI
kpi-title = <b>KPIs for { $period }</b> (base: { $base })
kpi-team = <b>Team</b>
kpi-line = { $name }: <b>{ $fact }</b>{ $plan } { $change }
kpi-plan = {" "}of { $plan } ({ $pct })
kpi-undefined = not defined
kpi-bad-period = Period not recognised: { $error }. Examples: 2026-11, 2026-Q4, 2026.
kpi-unavailable = KPIs are not available yet: { $reason }

## Settings
settings-title =
    <b>Settings</b>
    Digest time: <b>{ $time }</b> ({ $tz })
    Language: <b>English</b>
    Digests: customers near the boundary — { $alerts }; segments on Mondays — { $segments }; KPIs — { $kpi }
    Subscription: { $sub }
settings-on = on
settings-off = off
settings-kpi-weekly = on Mondays
settings-kpi-monthly = on the 1st
settings-kpi-off = off
settings-paused = paused ({ $reason })
settings-time-usage = Time as HH:MM, e.g. /settings time 08:30
settings-saved = Saved.
btn-alerts = Boundary alerts: { $state }
btn-segments = Segments: { $state }
btn-kpi = KPIs: { $state }
btn-lang = Русский
subscribed = Digests are on. The next one comes at { $time }.
unsubscribed = Digests are off. Turn them on again: /subscribe

## Admin
invite-usage = Usage: /invite &lt;manager name as in the data&gt; [manager|head|admin]. Managers in the data: { $managers }
invite-unknown-manager = There is no manager "{ $name }" in the data. Managers in the data: { $managers }
invite-created =
    Invitation code for <b>{ $name }</b> ({ $role }): <code>{ $code }</code>
    Valid until { $expires }, single use. They send the bot: <code>/start { $code }</code>
people-title = <b>People</b>
people-line = { $name } · <code>{ $id }</code> · { $role }{ $manager } · { $state }
people-active = active
people-revoked = access revoked
people-paused = digests paused
people-invites = <b>Unused codes</b>
people-invite-line = <code>{ $code }</code> · { $name } · { $role } · until { $expires }
people-usage = /people role &lt;telegram id&gt; manager|head|admin or /people revoke &lt;telegram id or code&gt;
people-done = Done.
people-not-found = Not found.
refresh-ok = Data reloaded in { $ms } ms: { $customers ->
        [one] { $customers } customer
       *[other] { $customers } customers
    }; rows used { $used } of { $total }, rejected { $rejected }, excluded { $excluded } (details: rfm quality).
refresh-failed = The data could not be reloaded: { $error }. Still using the previous data.
refresh-started = Reloading the data…
chatdata-on = Customer data may now be shown in this chat.
chatdata-off = Customer data is no longer shown in this chat.
chatdata-usage = /chatdata on or /chatdata off — in a group chat.
admin-blocked = ⚠️ { $name } (<code>{ $id }</code>) blocked the bot: their digests are paused. They resume when they send the bot /subscribe again.
admin-settings-changed = ⚙️ The spreadsheet's settings changed: version <code>{ $from }</code> → <code>{ $to }</code>. Digests and answers now use the new settings.
admin-settings-invalid = ⚠️ The spreadsheet's settings tab has mistakes, so the bot keeps the last good settings (version <code>{ $version }</code>). Please fix:
    { $problems }
unknown-command = I don't know this command. The list: /help
