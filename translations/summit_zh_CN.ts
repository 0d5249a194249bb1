<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>Usage: summit-cli [--db FILE] COMMAND [ARGS...]</source>
        <translation>用法：summit-cli [--db FILE] COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &quot;summit-cli COMMAND --help&quot; for details. Without --db, the database is %1 (or $SUMMIT_DB).</source>
        <translation>运行“summit-cli COMMAND --help”查看详细说明。未指定 --db 时，使用数据库 %1（或 $SUMMIT_DB 指定的数据库）。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db 需要指定文件名。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要指定值。</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>expected FIELD=VALUE, got &quot;%1&quot;.</source>
        <translation>应为 FIELD=VALUE 形式，实际为“%1”。</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>%1没有字段“%2”。</translation>
    </message>
    <message>
        <source>missing arguments.</source>
        <translation>缺少参数。</translation>
    </message>
    <message>
        <source>--id takes an id such as %1.</source>
        <translation>--id 需要一个 ID，例如 %1。</translation>
    </message>
    <message>
        <source>--where takes FIELD=VALUE.</source>
        <translation>--where 的参数应为 FIELD=VALUE 形式。</translation>
    </message>
    <message>
        <source>expected one record id.</source>
        <translation>需要一个记录 ID。</translation>
    </message>
    <message>
        <source>(in the trash)</source>
        <translation>（在回收站中）</translation>
    </message>
    <message>
        <source>expected ID FIELD VALUE.</source>
        <translation>参数应为 ID FIELD VALUE。</translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation>没有 ID 为 %2 的%1。</translation>
    </message>
    <message>
        <source>init</source>
        <translation>init</translation>
    </message>
    <message>
        <source>Creates an empty database (or upgrades an existing one).</source>
        <translation>创建空数据库（或升级现有数据库）。</translation>
    </message>
    <message>
        <source>Database %1 is ready (replica %2).</source>
        <translation>数据库 %1 已就绪（副本 %2）。</translation>
    </message>
    <message>
        <source>demo [--accounts N] [--seed S] [--today YYYY-MM-DD]</source>
        <translation>demo [--accounts N] [--seed S] [--today YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>Fills the database with deterministic, realistic demo data. --accounts 2000 builds the large benchmark set (about 20,000 org units, 100,000 contacts and 1,000,000 follow-ups).</source>
        <translation>向数据库填充可复现、贴近真实的演示数据。--accounts 2000 会生成大型基准测试数据集（约 2 万个组织单元、10 万个联系人和 100 万条跟进记录）。</translation>
    </message>
    <message>
        <source>--accounts takes a positive number.</source>
        <translation>--accounts 需要一个正整数。</translation>
    </message>
    <message>
        <source>--seed takes a number.</source>
        <translation>--seed 需要一个数字。</translation>
    </message>
    <message>
        <source>--today takes a date YYYY-MM-DD.</source>
        <translation>--today 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>%1 of %2 accounts…</source>
        <translation>正在生成客户 %1/%2…</translation>
    </message>
    <message>
        <source>%1 accounts, %2 org units, %3 contacts, %4 opportunities, %5 follow-ups, %6 tasks in %7 s.</source>
        <translation>已生成 %1 个客户、%2 个组织单元、%3 个联系人、%4 个商机、%5 条跟进记录、%6 项待办，用时 %7 秒。</translation>
    </message>
    <message>
        <source>%1 add %2 [FIELD=VALUE...] [--id ID]</source>
        <translation>%1 add %2 [FIELD=VALUE...] [--id ID]</translation>
    </message>
    <message>
        <source>Adds a record and prints its id. Fields: %1.</source>
        <translation>添加一条记录并输出其 ID。字段：%1。</translation>
    </message>
    <message>
        <source>%1 list [--account ID] [--where FIELD=VALUE] [--sort FIELD] [--limit N] [--json]</source>
        <translation>%1 list [--account ID] [--where FIELD=VALUE] [--sort FIELD] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Lists records that are not in the trash, one per line (id and key fields, tab-separated) or as JSON.</source>
        <translation>列出不在回收站中的记录：每行一条（ID 和关键字段，以制表符分隔），或以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>%1 show ID [--json]</source>
        <translation>%1 show ID [--json]</translation>
    </message>
    <message>
        <source>Shows one record.</source>
        <translation>显示一条记录。</translation>
    </message>
    <message>
        <source>%1 set ID FIELD VALUE</source>
        <translation>%1 set ID FIELD VALUE</translation>
    </message>
    <message>
        <source>Changes one field; an empty VALUE clears it.</source>
        <translation>修改一个字段；VALUE 为空时清除该字段。</translation>
    </message>
    <message>
        <source>orgunit move ID PARENT-ID|--root</source>
        <translation>orgunit move ID PARENT-ID|--root</translation>
    </message>
    <message>
        <source>Moves an org unit under another unit of the same account (or to the top). Cycles are refused.</source>
        <translation>将组织单元移到同一客户的另一个单元之下（或移到顶层）。不允许形成循环。</translation>
    </message>
    <message>
        <source>expected ID PARENT-ID or ID --root.</source>
        <translation>参数应为 ID PARENT-ID 或 ID --root。</translation>
    </message>
    <message>
        <source>link add FROM-ID TO-ID [kind=influences] [strength=1..5] [note=TEXT]</source>
        <translation>link add FROM-ID TO-ID [kind=influences] [strength=1..5] [note=TEXT]</translation>
    </message>
    <message>
        <source>Records that one contact influences another (also across org units and subsidiaries).</source>
        <translation>记录一个联系人对另一个联系人的影响关系（可跨组织单元和子公司）。</translation>
    </message>
    <message>
        <source>expected FROM-ID TO-ID.</source>
        <translation>参数应为 FROM-ID TO-ID。</translation>
    </message>
    <message>
        <source>task done ID</source>
        <translation>task done ID</translation>
    </message>
    <message>
        <source>Marks a task as done.</source>
        <translation>将待办标记为已完成。</translation>
    </message>
    <message>
        <source>expected one task id.</source>
        <translation>需要一个待办 ID。</translation>
    </message>
    <message>
        <source>No record with id %1.</source>
        <translation>没有 ID 为 %1 的记录。</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>undo</translation>
    </message>
    <message>
        <source>Undoes the last change made on this device.</source>
        <translation>撤销本设备上的最近一次更改。</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>redo</translation>
    </message>
    <message>
        <source>Redoes the last undone change.</source>
        <translation>重做最近一次撤销的更改。</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <source>search TEXT [--type ENTITY] [--account ID] [--limit N] [--json]</source>
        <translation>search TEXT [--type ENTITY] [--account ID] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Searches accounts, org units, contacts, opportunities and follow-ups: words, Chinese, pinyin and pinyin initials (华为, huawei, hw).</source>
        <translation>搜索客户、组织单元、联系人、商机和跟进记录，支持英文单词、中文、拼音和拼音首字母（华为、huawei、hw）。</translation>
    </message>
    <message>
        <source>expected the text to search for.</source>
        <translation>需要指定要搜索的文本。</translation>
    </message>
    <message>
        <source>history ID [--json]</source>
        <translation>history ID [--json]</translation>
    </message>
    <message>
        <source>Shows who changed which field of a record when, old value → new value, newest first.</source>
        <translation>显示记录的修改历史：修改人、修改时间、字段以及“旧值 → 新值”，最新的在前。</translation>
    </message>
    <message>
        <source>stats [--json]</source>
        <translation>stats [--json]</translation>
    </message>
    <message>
        <source>Counts records by type and operations in the log.</source>
        <translation>按类型统计记录数，并统计日志中的操作数。</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>必须指定 --out FILE。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 exists already; join a team into a new database file.</source>
        <translation>%1 已存在；加入团队时请指定一个新的数据库文件。</translation>
    </message>
    <message>
        <source>no remote yet: give --remote URL (it is remembered).</source>
        <translation>尚未设置远程仓库：请用 --remote URL 指定（指定后会自动记住）。</translation>
    </message>
    <message>
        <source>This database was a copy of another one; it now writes as replica %1.</source>
        <translation>此数据库复制自另一个数据库；现改为以副本 %1 的身份写入。</translation>
    </message>
    <message>
        <source>sync [--remote URL]</source>
        <translation>sync [--remote URL]</translation>
    </message>
    <message>
        <source>join --remote URL</source>
        <translation>join --remote URL</translation>
    </message>
    <message>
        <source>Creates the database given by --db from everything on the team remote.</source>
        <translation>根据团队远程仓库中的全部数据，创建 --db 指定的数据库。</translation>
    </message>
    <message>
        <source>--remote URL is required.</source>
        <translation>必须指定 --remote URL。</translation>
    </message>
    <message>
        <source>sync status [--json]</source>
        <translation>sync status [--json]</translation>
    </message>
    <message>
        <source>Shows the remote, this replica&apos;s id, changes not yet sent, the last sync and the last error.</source>
        <translation>显示远程仓库、本副本的 ID、尚未发送的更改、上次同步时间和最近一次错误。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation>远程仓库：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Replica: %1</source>
        <translation>副本：%1</translation>
    </message>
    <message>
        <source>Changes not yet sent: %1</source>
        <translation>尚未发送的更改：%1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近一次错误：%1</translation>
    </message>
    <message>
        <source>conflicts [--json]</source>
        <translation>conflicts [--json]</translation>
    </message>
    <message>
        <source>Lists values that lost to a concurrent change by someone else, and edits made while someone else deleted the record.</source>
        <translation>列出因他人同时修改而被覆盖的值，以及在他人删除记录期间所做的修改。</translation>
    </message>
    <message>
        <source>conflicts resolve ID --keep mine|theirs</source>
        <translation>conflicts resolve ID --keep mine|theirs</translation>
    </message>
    <message>
        <source>Settles a conflict: keep the current value (mine) or the one that lost (theirs). For an edit made while the record was deleted, theirs also restores the record.</source>
        <translation>解决冲突：保留当前值（mine），或改用被覆盖的值（theirs）。对于在记录被删除期间所做的修改，选择 theirs 还会恢复该记录。</translation>
    </message>
    <message>
        <source>expected ID --keep mine|theirs.</source>
        <translation>参数应为 ID --keep mine|theirs。</translation>
    </message>
    <message>
        <source>trash [--json]</source>
        <translation>trash [--json]</translation>
    </message>
    <message>
        <source>Lists deleted records, newest first.</source>
        <translation>列出已删除的记录，最新的在前。</translation>
    </message>
    <message>
        <source>restore ID</source>
        <translation>restore ID</translation>
    </message>
    <message>
        <source>Brings a record back from the trash.</source>
        <translation>从回收站恢复记录。</translation>
    </message>
    <message>
        <source>Operations sent: %1, received: %2.</source>
        <translation>已发送 %1 项操作，已接收 %2 项操作。</translation>
    </message>
    <message>
        <source>expected one account id.</source>
        <translation>需要一个客户 ID。</translation>
    </message>
    <message>
        <source>--out must end in .png, .svg or .pdf, got %1.</source>
        <translation>--out 的文件名须以 .png、.svg 或 .pdf 结尾，实际为 %1。</translation>
    </message>
    <message>
        <source>--paper takes a3 or a4, got %1.</source>
        <translation>--paper 只接受 a3 或 a4，实际为 %1。</translation>
    </message>
    <message>
        <source>orgchart needs a graphical application object; run it through summit-cli.</source>
        <translation>orgchart 需要图形应用对象；请通过 summit-cli 运行。</translation>
    </message>
    <message>
        <source>orgchart ACCOUNT-ID --out FILE.png|FILE.svg|FILE.pdf [--paper a3|a4] [--opportunity ID] [--today YYYY-MM-DD]</source>
        <translation>orgchart ACCOUNT-ID --out FILE.png|FILE.svg|FILE.pdf [--paper a3|a4] [--opportunity ID] [--today YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>Draws the decision-chain map of an account: its org units and contacts with decision role, stance, influence, coverage and days since the last follow-up, reporting lines, influence links, the gaps and a legend. The file type follows the suffix. A PDF is A3 landscape (--paper a4 for A4) and spreads a large map over several pages rather than print it too small to read. --opportunity marks the buying center of that opportunity with each person&apos;s role in the deal; --today sets the date follow-ups are counted to.</source>
        <translation>绘制客户的决策链图谱：组织单元和联系人及其决策角色、立场、影响力、关系覆盖、距上次跟进的天数，以及汇报线、影响关系、缺口和图例。文件类型由后缀决定。PDF 为 A3 横向（--paper a4 改为 A4），大型图谱会分多页打印，而不是缩小到无法阅读。--opportunity 标出该商机的采购角色及每人在该商机中的角色；--today 设定计算跟进天数的基准日期。</translation>
    </message>
    <message>
        <source>Sends this database&apos;s new changes to the team remote and brings in everyone else&apos;s. The remote (a path to a bare git repository, git://, ssh:// or https://) is remembered. Credentials come from SUMMIT_GIT_USER and SUMMIT_GIT_TOKEN, or SUMMIT_SSH_KEY, never from the command line. A new ssh host is trusted once its fingerprint, checked with the server&apos;s administrator, is given in SUMMIT_SSH_TRUST.</source>
        <translation>将本数据库的新更改发送到团队远程仓库，并取回其他人的更改。远程仓库（裸 git 仓库的路径，或 git://、ssh://、https:// 地址）会被记住。凭据来自 SUMMIT_GIT_USER 和 SUMMIT_GIT_TOKEN，或 SUMMIT_SSH_KEY，绝不来自命令行。新的 ssh 主机，在与服务器管理员核对其指纹后，将指纹写入 SUMMIT_SSH_TRUST 即可信任。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-01-05.</source>
        <translation>“%1”不是有效日期（格式如 2026-01-05）。</translation>
    </message>
    <message>
        <source>task reopen ID</source>
        <translation>task reopen ID</translation>
    </message>
    <message>
        <source>Opens a done task again.</source>
        <translation>重新打开已完成的待办。</translation>
    </message>
    <message>
        <source>delete ID [ID...]</source>
        <translation>delete ID [ID...]</translation>
    </message>
    <message>
        <source>Moves records of any type to the trash as one change (it can be undone, and the records restored). What belongs to a deleted account is hidden with it; the sub-units and people of a deleted org unit, and the people who reported to a deleted person, move up to its parent. The team&apos;s last admin cannot be deleted.</source>
        <translation>将任意类型的记录作为一次更改移入回收站（可以撤销，记录也可以恢复）。属于已删除客户的记录随之隐藏；已删除组织单元的下级单元和人员、以及向已删除人员汇报的人，会上移到其上级。团队的最后一位管理员不能删除。</translation>
    </message>
    <message>
        <source>expected one or more record ids.</source>
        <translation>需要一个或多个记录 ID。</translation>
    </message>
    <message>
        <source>Hidden until restored: %1</source>
        <translation>恢复前隐藏：%1</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>expected no arguments.</source>
        <translation>不需要参数。</translation>
    </message>
    <message>
        <source>--where takes name, email, role or status here, got &quot;%1&quot;.</source>
        <translation>此处 --where 只接受 name、email、role 或 status，收到的是“%1”。</translation>
    </message>
    <message>
        <source>--limit takes a number.</source>
        <translation>--limit 需要一个数字。</translation>
    </message>
    <message>
        <source>expected one member id.</source>
        <translation>需要一个成员 ID。</translation>
    </message>
    <message>
        <source>--to takes the id of the member who takes over.</source>
        <translation>--to 需要接手成员的 ID。</translation>
    </message>
    <message>
        <source>(--to SUCCESSOR-ID)</source>
        <translation>（--to 接手人ID）</translation>
    </message>
    <message>
        <source>%1 has left the team; there was nothing to hand over.</source>
        <translation>%1 已离开团队；没有需要交接的内容。</translation>
    </message>
    <message>
        <source>Handed over %1, %2 and %3 to %4.</source>
        <translation>已将 %1、%2 和 %3 交接给 %4。</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunities</source>
        <translation>
            <numerusform>%n 个商机</numerusform>
        </translation>
    </message>
    <message>
        <source>expected CONTACT-ID MEMBER-ID LEVEL [desired=LEVEL].</source>
        <translation>需要 联系人ID 成员ID 程度 [desired=期望程度]。</translation>
    </message>
    <message>
        <source>expected desired=LEVEL, got &quot;%1&quot;.</source>
        <translation>需要 desired=程度，收到的是“%1”。</translation>
    </message>
    <message>
        <source>expected CONTACT-ID MEMBER-ID.</source>
        <translation>需要 联系人ID 成员ID。</translation>
    </message>
    <message>
        <source>expected one contact id.</source>
        <translation>需要一个联系人 ID。</translation>
    </message>
    <message>
        <source>(has left the team)</source>
        <translation>（已离开团队）</translation>
    </message>
    <message>
        <source>expected OPPORTUNITY-ID CONTACT-ID ROLE.</source>
        <translation>需要 商机ID 联系人ID 角色。</translation>
    </message>
    <message>
        <source>expected OPPORTUNITY-ID CONTACT-ID.</source>
        <translation>需要 商机ID 联系人ID。</translation>
    </message>
    <message>
        <source>expected kind=KIND or strength=1..5, got &quot;%1&quot;.</source>
        <translation>需要 kind=类型 或 strength=1..5，收到的是“%1”。</translation>
    </message>
    <message>
        <source>expected FIELD VALUE.</source>
        <translation>需要 字段 值。</translation>
    </message>
    <message>
        <source>--type ENTITY is required.</source>
        <translation>必须提供 --type 记录类型。</translation>
    </message>
    <message>
        <source>--type takes a record type such as account, contact or task, got &quot;%1&quot;.</source>
        <translation>--type 需要记录类型，例如 account、contact 或 task，收到的是“%1”。</translation>
    </message>
    <message>
        <source>give at least one --where FIELD=VALUE; bulk set does not change every record of a type.</source>
        <translation>请至少给出一个 --where 字段=值；批量设置不会修改某类型的全部记录。</translation>
    </message>
    <message>
        <source>--where names %1 twice.</source>
        <translation>--where 两次指定了 %1。</translation>
    </message>
    <message>
        <source>%1: use &quot;member leave&quot; and &quot;member return&quot;; a member who leaves hands their work over.</source>
        <translation>%1：请使用“member leave”和“member return”；离开的成员需要交接其工作。</translation>
    </message>
    <message>
        <source>%1: this would leave the team without an admin; make someone else an admin first.</source>
        <translation>%1：这样团队将没有管理员；请先让其他人成为管理员。</translation>
    </message>
    <message numerus="yes">
        <source>Would change %n records.</source>
        <translation>
            <numerusform>将修改 %n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %n records.</source>
        <translation>
            <numerusform>已修改 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>No gaps found.</source>
        <translation>未发现缺口。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>member list [--where FIELD=VALUE...] [--limit N] [--json]</source>
        <translation>member list [--where 字段=值...] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Lists the team&apos;s members that are not in the trash, active ones first, then by name: id, name, role, status (active or left) and what each holds — accounts (as AM, SA or DE), open tasks and open opportunities — tab-separated or as JSON. --where (name, email, role or status; may be repeated) keeps the members that match all.</source>
        <translation>列出不在回收站中的团队成员，在职者在前，再按姓名排序：ID、姓名、角色、状态（在职或已离开）以及各自负责的内容——客户（作为 AM、SA 或 DE）、未完成任务和进行中的商机——以制表符分隔或以 JSON 输出。--where（name、email、role 或 status，可重复）只保留全部匹配的成员。</translation>
    </message>
    <message>
        <source>member leave ID [--to SUCCESSOR-ID]</source>
        <translation>member leave ID [--to 接手人ID]</translation>
    </message>
    <message>
        <source>Marks a member as having left and hands their accounts (as AM, SA or DE), open tasks and open opportunities to the successor, as one change that undo takes back. A member who holds something needs a successor; the team&apos;s last admin cannot leave; a successor must not have left.</source>
        <translation>将成员标记为已离开，并把其客户（作为 AM、SA 或 DE）、未完成任务和进行中的商机交接给接手人，作为一次可撤销的更改。负责着工作的成员需要指定接手人；团队的最后一位管理员不能离开；接手人不能是已离开的成员。</translation>
    </message>
    <message>
        <source>member return ID</source>
        <translation>member return ID</translation>
    </message>
    <message>
        <source>Makes a member who left active again (nothing is handed back).</source>
        <translation>让已离开的成员重新在职（不会交还任何内容）。</translation>
    </message>
    <message>
        <source>coverage set CONTACT-ID MEMBER-ID LEVEL [desired=LEVEL]</source>
        <translation>coverage set 联系人ID 成员ID 程度 [desired=期望程度]</translation>
    </message>
    <message>
        <source>Records how well a team member knows a person — none, brief, working or trusted — and, if given, the level the team wants. There is one such row per person and member: setting it again changes it. Prints the row&apos;s id.</source>
        <translation>记录团队成员与某人的熟悉程度——none（无）、brief（初识）、working（工作关系）或 trusted（信任）——以及团队期望的程度（如给出）。每个人与每个成员只有一条记录：再次设置即修改它。输出该记录的 ID。</translation>
    </message>
    <message>
        <source>coverage remove CONTACT-ID MEMBER-ID</source>
        <translation>coverage remove 联系人ID 成员ID</translation>
    </message>
    <message>
        <source>Removes what is recorded about how well a team member knows a person.</source>
        <translation>删除团队成员与某人熟悉程度的记录。</translation>
    </message>
    <message>
        <source>coverage list CONTACT-ID [--json]</source>
        <translation>coverage list 联系人ID [--json]</translation>
    </message>
    <message>
        <source>Lists who on the team knows a person: member id, member name, level and desired level, tab-separated or as JSON.</source>
        <translation>列出团队中谁认识此人：成员 ID、成员姓名、程度和期望程度，以制表符分隔或以 JSON 输出。</translation>
    </message>
    <message>
        <source>buying-role add OPPORTUNITY-ID CONTACT-ID ROLE</source>
        <translation>buying-role add 商机ID 联系人ID 角色</translation>
    </message>
    <message>
        <source>Gives a person a role on a deal (economic_buyer, technical_buyer, financial_approver, user_buyer, influencer, champion, gatekeeper or blocker), or changes the role they have. Prints the row&apos;s id.</source>
        <translation>为某人设置在商机中的角色（economic_buyer、technical_buyer、financial_approver、user_buyer、influencer、champion、gatekeeper 或 blocker），或修改其已有角色。输出该记录的 ID。</translation>
    </message>
    <message>
        <source>buying-role remove OPPORTUNITY-ID CONTACT-ID</source>
        <translation>buying-role remove 商机ID 联系人ID</translation>
    </message>
    <message>
        <source>Takes a person off the buying center of a deal.</source>
        <translation>将某人移出商机的采购中心。</translation>
    </message>
    <message>
        <source>link set FROM-ID TO-ID [kind=KIND] [strength=1..5]</source>
        <translation>link set 来源ID 目标ID [kind=类型] [strength=1..5]</translation>
    </message>
    <message>
        <source>Sets the link from one contact to another (kind: influences, trusts, mentors or rivals; strength 1 to 5): creates it, kind influences unless given, or changes the one that exists. Prints the link&apos;s id.</source>
        <translation>设置一位联系人到另一位的关系（类型：influences、trusts、mentors 或 rivals；强度 1 到 5）：不存在则创建（未指定类型时为 influences），存在则修改。输出关系的 ID。</translation>
    </message>
    <message>
        <source>bulk set --type ENTITY --where FIELD=VALUE [--where FIELD=VALUE...] FIELD VALUE [--dry-run]</source>
        <translation>bulk set --type 类型 --where 字段=值 [--where 字段=值...] 字段 值 [--dry-run]</translation>
    </message>
    <message>
        <source>Sets one field on every record of a type (not in the trash) that matches all the --where equalities, as one change that undo takes back in one step, e.g. &quot;bulk set --type account --where am_id=ID1 am_id ID2&quot;. An empty VALUE clears the field. --dry-run only counts the records that would change.</source>
        <translation>对某类型中（不在回收站且）满足全部 --where 条件的每条记录设置同一字段，作为一次可一步撤销的更改，例如“bulk set --type account --where am_id=ID1 am_id ID2”。值为空则清空该字段。--dry-run 只统计将被修改的记录数。</translation>
    </message>
    <message>
        <source>gaps ACCOUNT-ID [--today YYYY-MM-DD] [--json]</source>
        <translation>gaps 客户ID [--today YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>The gap analysis of an account&apos;s decision chain, as the map prints it: no economic buyer, one nobody covers or has seen lately, a hostile key person, a relationship that hangs on one contact, a subsidiary without a known person, a deal without a champion, coverage below the level wanted. One gap a line with its severity, or as JSON (kind, severity, message, entity, id). --today sets the date follow-ups are counted to.</source>
        <translation>客户决策链的缺口分析，与决策地图中打印的相同：没有经济决策人、经济决策人无人覆盖或近期未见、敌对的关键人物、关系只系于一人、子公司没有已知联系人、商机没有支持者、覆盖程度低于期望。每行一个缺口及其严重程度，或以 JSON 输出（kind、severity、message、entity、id）。--today 设置统计跟进记录截止的日期。</translation>
    </message>
    <message>
        <source>expected ENTITY KEY LABEL TYPE.</source>
        <translation>需要 类型 键 标签 值类型。</translation>
    </message>
    <message>
        <source>expected at most one record type.</source>
        <translation>最多只能指定一种记录类型。</translation>
    </message>
    <message>
        <source>%1 records have no custom fields; these do: %2.</source>
        <translation>%1 记录没有自定义字段；以下类型有：%2。</translation>
    </message>
    <message>
        <source>field list [ENTITY] [--json]</source>
        <translation>field list [记录类型] [--json]</translation>
    </message>
    <message>
        <source>Lists the custom fields (of one record type, if given): id, type of record, key, label, type of value and whether it is required, tab-separated or as JSON.</source>
        <translation>列出自定义字段（如给出则仅限该记录类型）：ID、记录类型、键、标签、值类型及是否必填，以制表符分隔或以 JSON 输出。</translation>
    </message>
    <message>
        <source>field remove ID</source>
        <translation>field remove ID</translation>
    </message>
    <message>
        <source>Removes a custom field: its values are hidden, not destroyed; restoring it from the trash (undo, or the app&apos;s Trash) shows them again.</source>
        <translation>删除自定义字段：其值被隐藏而不会销毁；从回收站恢复（撤销，或应用中的回收站）后会重新显示。</translation>
    </message>
    <message>
        <source>expected one custom field id.</source>
        <translation>需要一个自定义字段 ID。</translation>
    </message>
    <message>
        <source>No custom field with id %1.</source>
        <translation>没有 ID 为 %1 的自定义字段。</translation>
    </message>
    <message>
        <source>expected label_zh=, choices=, required=, position= or show_in=, got &quot;%1&quot;.</source>
        <translation>应为 label_zh=、choices=、required=、position= 或 show_in=，实际为“%1”。</translation>
    </message>
    <message>
        <source>field add ENTITY KEY LABEL TYPE [label_zh=TEXT] [choices=A|B|C] [required=1] [position=N] [show_in=form|lists] [--id ID]</source>
        <translation>field add 类型 键 标签 值类型 [label_zh=文本] [choices=A|B|C] [required=1] [position=N] [show_in=form|lists] [--id ID]</translation>
    </message>
    <message>
        <source>Defines a custom field for accounts, contacts, opportunities or follow-ups (ENTITY: account, contact, opportunity, followup). KEY: a-z first, then a-z, 0-9 or _. TYPE: text, number, money, date, choice, yes_no, member, multiline. Values are then set like any field (&quot;contact set ID KEY VALUE&quot;, &quot;contact add … KEY=VALUE&quot;). show_in=form keeps it out of the lists&apos; columns (it shows in the form and the card). Prints the id.</source>
        <translation>为客户、联系人、商机或跟进记录定义自定义字段（类型：account、contact、opportunity、followup）。键：以 a-z 开头，其后为 a-z、0-9 或 _。值类型：text、number、money、date、choice、yes_no、member、multiline。之后像其他字段一样设置值（“contact set ID 键 值”、“contact add … 键=值”）。show_in=form 表示不在列表中显示为列（只在表单和卡片中显示）。输出新字段的 ID。</translation>
    </message>
    <message>
        <source>expected one FILE.</source>
        <translation>应为一个文件。</translation>
    </message>
    <message>
        <source>--type must be one of: %1.</source>
        <translation>--type 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, fill or overwrite.</source>
        <translation>--on-duplicate 必须是 skip、fill 或 overwrite。</translation>
    </message>
    <message>
        <source>--delimiter is one character, or &quot;tab&quot;.</source>
        <translation>--delimiter 是一个字符，或“tab”。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a mapping (JSON): %2</source>
        <translation>%1 不是映射文件（JSON）：%2</translation>
    </message>
    <message>
        <source>%1 maps %2, not %3.</source>
        <translation>%1 映射的是 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation>从 %2 导入%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows</source>
        <translation>
            <numerusform>%1：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported (no matching field): %1</source>
        <translation>未导入（没有对应字段）：%1</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1</source>
        <translation>试运行，未写入任何内容：%1</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <source>&quot;summit-cli --version&quot; prints the version and the commit of this build.</source>
        <translation>“summit-cli --version”显示此构建的版本和提交。</translation>
    </message>
    <message>
        <source>--with-sheet takes SHEET=TYPE, TYPE one of: %1.</source>
        <translation>--with-sheet 的值为 工作表=类型，类型为以下之一：%1。</translation>
    </message>
    <message>
        <source>accounts: %1, contacts: %2, follow-ups: %3, opportunities: %4, tasks: %5</source>
        <translation>客户：%1，联系人：%2，跟进记录：%3，商机：%4，待办：%5</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>%1 中没有备份。</translation>
    </message>
    <message>
        <source>There is no database at %1 to back up.</source>
        <translation>%1 处没有可备份的数据库。</translation>
    </message>
    <message>
        <source>--out %1 is the database itself; choose another file.</source>
        <translation>--out %1 就是数据库本身；请选择其他文件。</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>已备份到 %1（%2）。</translation>
    </message>
    <message>
        <source>Removed the older backup %1.</source>
        <translation>已删除较早的备份 %1。</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The database as it was could not be read; it is kept, unchecked, at %1.</source>
        <translation>无法读取原数据库；已将其原样保留（未经检查）在 %1。</translation>
    </message>
    <message>
        <source>The database as it was is kept at %1.</source>
        <translation>原数据库已保留在 %1。</translation>
    </message>
    <message>
        <source>It belongs to a team: it now writes as replica %1, and the next sync brings back what the team has, this computer&apos;s own sent changes included.</source>
        <translation>该数据库属于某个团队：现改为以副本 %1 的身份写入，下次同步时会取回团队的全部数据，包括本机此前已发送的更改。</translation>
    </message>
    <message>
        <source>backup [--out FILE] [--list [--json]]</source>
        <translation>backup [--out FILE] [--list [--json]]</translation>
    </message>
    <message>
        <source>Backs the database up while it may be in use, and checks the copy. Without --out the backup goes to the backups folder (%1&lt;name&gt;/), and older backups there are thinned out: the newest of each of the last 7 days and of each of the last 4 weeks are kept (settings backup/keepDays and backup/keepWeeks). --out FILE writes one copy there instead. --list shows the backups in the folder, newest first, with their record counts.</source>
        <translation>备份数据库（数据库正在使用时也可以备份），并检查备份副本。未指定 --out 时，备份存入备份文件夹（%1&lt;数据库名&gt;/），并精简其中较早的备份：保留最近 7 天中每天最新的一份，以及最近 4 周中每周最新的一份（设置项 backup/keepDays 和 backup/keepWeeks）。--out FILE 则改为将一份副本写到该文件。--list 列出该文件夹中的备份，最新的在前，并显示各自的记录数。</translation>
    </message>
    <message>
        <source>restore ID|FILE</source>
        <translation>restore ID|FILE</translation>
    </message>
    <message>
        <source>restore FILE replaces the database with the backup FILE. The database as it is now is first kept as a backup in the backups folder. A file that is not a sound Summit backup (not a database, damaged, or from a newer Summit) is refused and nothing changes. Close Summit on this database first. A team database writes under a new replica id afterwards, and its next sync brings back what the team has.</source>
        <translation>restore FILE 用备份文件 FILE 替换数据库。替换前，会先将当前的数据库作为备份保留在备份文件夹中。不是完好 Summit 备份的文件（不是数据库、已损坏或来自更新版本的 Summit）会被拒绝，不做任何更改。请先关闭打开此数据库的 Summit。团队数据库恢复后将以新的副本 ID 写入，下次同步时会取回团队的全部数据。</translation>
    </message>
    <message>
        <source>name one record id (from the trash) or one backup file.</source>
        <translation>请指定一个记录 ID（来自回收站）或一个备份文件。</translation>
    </message>
    <message>
        <source>Check the path; to make a new database there, run: summit-cli --db %1 init</source>
        <translation>请检查路径；如需在该位置新建数据库，请运行：summit-cli --db %1 init</translation>
    </message>
    <message>
        <source>Update Summit to open it.</source>
        <translation>请升级 Summit 后再打开。</translation>
    </message>
    <message>
        <source>Restore it from a backup, or use another file.</source>
        <translation>请从备份恢复，或使用其他文件。</translation>
    </message>
    <message>
        <source>Copy it to a folder you can write to and use the copy.</source>
        <translation>请将其复制到有写入权限的文件夹，然后使用该副本。</translation>
    </message>
    <message>
        <source>Check the path given with --db.</source>
        <translation>请检查 --db 指定的路径。</translation>
    </message>
    <message>
        <source>check [--full]</source>
        <translation>check [--full]</translation>
    </message>
    <message>
        <source>Checks the database file for damage with SQLite&apos;s quick_check (--full: integrity_check, slower). Writes nothing. Opening a file checks it when it is at most %1 MB; this checks any size.</source>
        <translation>使用 SQLite 的 quick_check 检查数据库文件是否损坏（--full：使用 integrity_check，速度较慢）。不写入任何内容。打开文件时，仅当文件不超过 %1 MB 才会检查；此命令不限大小。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s check found &quot;%2&quot;. Restore it from a backup.</source>
        <translation>%1 已损坏：SQLite 检查发现“%2”。请从备份恢复。</translation>
    </message>
    <message>
        <source>%1: no damage found.</source>
        <translation>%1：未发现损坏。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--out FILE must end in .xlsx or .csv.</source>
        <translation>--out FILE 的文件名须以 .xlsx 或 .csv 结尾。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to %1</source>
        <translation>
            <numerusform>已将 %n 行写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>import FILE --type accounts|orgunits|contacts|followups|opportunities [--sheet NAME] [--mapping FILE.json] [--save-mapping FILE.json] [--encoding utf-8|gb18030|gbk|utf-16le|utf-16be] [--delimiter C|tab] [--on-duplicate skip|fill|overwrite] [--all-or-nothing] [--with-sheet SHEET=TYPE]... [--errors FILE.csv|FILE.xlsx] [--dry-run] [--json]</source>
        <translation>import FILE --type accounts|orgunits|contacts|followups|opportunities [--sheet 工作表名] [--mapping FILE.json] [--save-mapping FILE.json] [--encoding utf-8|gb18030|gbk|utf-16le|utf-16be] [--delimiter 字符|tab] [--on-duplicate skip|fill|overwrite] [--all-or-nothing] [--with-sheet 工作表=类型]... [--errors FILE.csv|FILE.xlsx] [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>Imports an XLSX or CSV file. Columns are matched to fields from their headers (Chinese or English) unless --mapping gives a saved template. Every row is checked first: rows with errors are left out (--all-or-nothing refuses the whole file instead) and can be written to --errors (CSV, or XLSX for a name ending in .xlsx) with the reason beside each; a record already there (same credit code or name, mobile or email) is skipped, filled where empty, or overwritten. On an accounts sheet a parent-company column puts subsidiaries into their group&apos;s org tree. The import is one change: one undo removes it. --with-sheet imports another sheet of the same workbook in the same change, planned after the sheets before it (an accounts sheet, then the contacts naming those accounts). --dry-run prints the same report and writes nothing.</source>
        <translation>导入 XLSX 或 CSV 文件。除非用 --mapping 指定已保存的模板，否则按表头（中文或英文）将各列匹配到字段。每一行都会先经过检查：有错误的行不导入（使用 --all-or-nothing 则拒绝整个文件），并可写入 --errors 指定的文件（CSV；文件名以 .xlsx 结尾时为 XLSX），每行旁注明原因；已存在的记录（信用代码或名称、手机或邮箱相同）会被跳过、补充空字段或覆盖。在客户工作表中，上级公司列会将子公司放入其集团的组织树。整个导入是一次更改：撤销一次即可全部移除。--with-sheet 在同一次更改中导入同一工作簿的另一张工作表，规划时视为其前面的工作表已导入（例如先是客户工作表，再是引用这些客户的联系人工作表）。--dry-run 输出同样的报告，但不写入任何内容。</translation>
    </message>
    <message>
        <source>export --format json|xlsx|csv --out FILE [--type TYPE] [--account ID] [--where FIELD=VALUE]… [--encoding utf-8|gb18030] [--json]</source>
        <translation>export --format json|xlsx|csv --out FILE [--type TYPE] [--account ID] [--where FIELD=VALUE]… [--encoding utf-8|gb18030] [--json]</translation>
    </message>
    <message>
        <source>--format json writes the canonical JSON export: records sorted by type and id, keys sorted, no device-local data. Two databases in the same state give byte-identical files.
--format xlsx without --type writes a workbook with a sheet per record type (accounts, org units, contacts, opportunities, follow-ups, tasks); each row has the record&apos;s ID and the IDs of the records it refers to beside their names. --type TYPE writes one type (XLSX or CSV; CSV needs a type). --account ID keeps one account&apos;s records. --where FIELD=VALUE (repeatable, all must match) keeps the rows whose field has that value: a field of the type (a choice by its key or label), or owner=MEMBER_ID; without --type it picks accounts, and every sheet holds their records. CSV is UTF-8 with a byte-order mark, or --encoding gb18030. Text is never written as a formula; in CSV a cell that starts with = + - @ gets a &apos; in front.</source>
        <translation>--format json 写出规范化的 JSON 导出：记录按类型和 ID 排序，键名有序，不含设备本地数据。状态相同的两个数据库会生成逐字节相同的文件。
--format xlsx 未指定 --type 时写出一个工作簿，每种记录类型一张工作表（客户、组织单元、联系人、商机、跟进记录、待办）；每行包含该记录的 ID，所引用记录的 ID 列在其名称旁边。--type TYPE 只写出一种类型（XLSX 或 CSV；CSV 必须指定类型）。--account ID 只保留一个客户的记录。--where FIELD=VALUE（可重复，须全部匹配）只保留该字段等于该值的行：可以是该类型的字段（选项字段按其键或标签匹配），也可以是 owner=MEMBER_ID；未指定 --type 时用于筛选客户，各工作表只包含这些客户的记录。CSV 为带字节顺序标记（BOM）的 UTF-8，或用 --encoding gb18030 指定。文本绝不会写成公式；在 CSV 中，以 = + - @ 开头的单元格前会加上 &apos;。</translation>
    </message>
    <message>
        <source>%1 goes with --format xlsx or csv.</source>
        <translation>%1 只能与 --format xlsx 或 csv 一起使用。</translation>
    </message>
    <message>
        <source>--today &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--today “%1”不是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message numerus="yes">
        <source>Signed in the last 12 months: %1 (%n contract(s))</source>
        <translation>
            <numerusform>近 12 个月签约：%1（%n 份合同）</numerusform>
        </translation>
    </message>
    <message>
        <source>Received in the last 12 months: %1</source>
        <translation>近 12 个月回款：%1</translation>
    </message>
    <message>
        <source>Receivables: %1 received of %2 due</source>
        <translation>应收款：应收 %2，已收 %1</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: %n receivable(s), %1 missing, the oldest %2 days late</source>
        <translation>
            <numerusform>逾期：%n 笔应收款，未收 %1，最久已逾期 %2 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewals due in 90 days: %n contract(s), %1</source>
        <translation>
            <numerusform>90 天内待续约：%n 份合同，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open service requests: %1, of them severe: %2</source>
        <translation>未关闭工单：%1，其中严重：%2</translation>
    </message>
    <message>
        <source>Last CSAT: %1; last NPS answer: %2</source>
        <translation>最近一次满意度（CSAT）：%1；最近一次净推荐值（NPS）：%2</translation>
    </message>
    <message>
        <source>account figures ID [--today YYYY-MM-DD] [--json]</source>
        <translation>account figures ID [--today YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>Prints an account&apos;s commercial figures, computed from its contracts, receivables, service requests and satisfaction surveys: contracts signed and payments received in the last 12 months, received against due, overdue receivables, renewals due in 90 days, open (and severe) service requests, the last CSAT and NPS answers. With --json, amounts are in minor units (fen) of CNY.</source>
        <translation>输出客户的商务指标，根据其合同、回款计划、工单和满意度调查计算：近 12 个月的签约额和回款额、已收与应收、逾期应收款、90 天内待续约的合同、未关闭（及严重）的工单，以及最近一次 CSAT 和 NPS 评分。使用 --json 时，金额以人民币最小单位（分）表示。</translation>
    </message>
    <message>
        <source>none closed</source>
        <translation>无已关闭商机</translation>
    </message>
    <message>
        <source>Pipeline (open opportunities by stage):</source>
        <translation>商机管道（进行中商机，按阶段）：</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>（无阶段）</translation>
    </message>
    <message numerus="yes">
        <source>%n deals</source>
        <translation>
            <numerusform>%n 个商机</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted forecast by month of expected close:</source>
        <translation>按预计成交月份的加权预测：</translation>
    </message>
    <message>
        <source>(no open opportunities)</source>
        <translation>（无进行中商机）</translation>
    </message>
    <message>
        <source>(no close date)</source>
        <translation>（无预计成交日期）</translation>
    </message>
    <message>
        <source>Won %1, lost %2; win rate %3; average cycle %4</source>
        <translation>赢单 %1 个，输单 %2 个；赢单率 %3；平均周期 %4</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>(no author)</source>
        <translation>（未记录跟进人）</translation>
    </message>
    <message>
        <source>Follow-ups per team member:</source>
        <translation>各团队成员的跟进次数：</translation>
    </message>
    <message>
        <source>(none in the period)</source>
        <translation>（本期没有跟进记录）</translation>
    </message>
    <message>
        <source>Accounts by tier:</source>
        <translation>客户分级分布：</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1 “%2”不是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from 不能晚于 --to。</translation>
    </message>
    <message>
        <source>--tier must be one of: S, A, B, C.</source>
        <translation>--tier 必须是以下之一：S、A、B、C。</translation>
    </message>
    <message>
        <source>no team member has the id &quot;%1&quot;.</source>
        <translation>没有 ID 为“%1”的团队成员。</translation>
    </message>
    <message>
        <source>dashboard [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--member ID] [--region R] [--industry I] [--tier S|A|B|C] [--json]</source>
        <translation>dashboard [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--member ID] [--region R] [--industry I] [--tier S|A|B|C] [--json]</translation>
    </message>
    <message>
        <source>Prints the cockpit&apos;s figures, as the Dashboard page computes them: the pipeline by stage, the weighted forecast by month, deals won and lost with the win rate and average cycle, follow-ups per team member and week, accounts by tier and the coverage of decision roles. --from and --to narrow what happened in time (deals closed, follow-ups); the others narrow by the account or the team member. With --json, amounts are in minor units (fen) of CNY.</source>
        <translation>输出驾驶舱的各项指标，计算方式与“驾驶舱”页面相同：按阶段的商机管道、按月的加权预测、赢单和输单数量及赢单率和平均周期、各团队成员每周的跟进次数、客户分级分布，以及决策角色的关系覆盖。--from 和 --to 限定时间范围（关闭的商机、跟进记录）；其余选项按客户或团队成员筛选。使用 --json 时，金额以人民币最小单位（分）表示。</translation>
    </message>
    <message>
        <source>--format must be json, xlsx or csv, not &quot;%1&quot;.</source>
        <translation>--format 必须是 json、xlsx 或 csv，而不是“%1”。</translation>
    </message>
    <message>
        <source>--out FILE must end in .%1 for --format %1.</source>
        <translation>使用 --format %1 时，--out FILE 的文件名须以 .%1 结尾。</translation>
    </message>
    <message>
        <source>a CSV file holds one record type: pick one with --type (%1), or write the whole workbook with --format xlsx.</source>
        <translation>一个 CSV 文件只能包含一种记录类型：请用 --type 选择一种（%1），或用 --format xlsx 写出整个工作簿。</translation>
    </message>
    <message>
        <source>--type must be one of: %1, not &quot;%2&quot;.</source>
        <translation>--type 必须是以下之一：%1，而不是“%2”。</translation>
    </message>
    <message>
        <source>--encoding is for --format csv; an XLSX workbook is always Unicode.</source>
        <translation>--encoding 仅适用于 --format csv；XLSX 工作簿始终使用 Unicode。</translation>
    </message>
    <message>
        <source>--encoding must be utf-8 or gb18030, not &quot;%1&quot;.</source>
        <translation>--encoding 必须是 utf-8 或 gb18030，而不是“%1”。</translation>
    </message>
    <message>
        <source>Writes one kind of record as a spreadsheet: an XLSX workbook, or a CSV file (UTF-8 with a byte-order mark, which Excel opens), by the name given to --out. One row per record not in the trash, custom fields included, headers in the language of the program. Choices are written as their labels, members and people by name, org units by name (by their path when a name is not unique), so that &quot;summit-cli import FILE --type TYPE&quot; reads the file back, into this database or another; import accounts, orgunits, contacts, opportunities and then followups. --account ID writes one account&apos;s records only. Tasks are written too, but not imported. (&quot;export --format xlsx&quot; writes every type in one workbook, with ids; &quot;export --format json&quot; the whole database as canonical JSON.)</source>
        <translation>将一种记录写成电子表格：XLSX 工作簿，或 CSV 文件（带字节顺序标记的 UTF-8，Excel 可直接打开），格式由 --out 指定的文件名决定。每条不在回收站中的记录占一行，包括自定义字段，表头使用程序当前的语言。选项写为其标签，成员和人员写为姓名，组织单元写为名称（名称不唯一时写为其路径），因此“summit-cli import FILE --type TYPE”可将文件读回本数据库或其他数据库；请依次导入 accounts、orgunits、contacts、opportunities，最后导入 followups。--account ID 只写出一个客户的记录。待办也会写出，但不会被导入。（“export --format xlsx”将所有类型连同 ID 写入一个工作簿；“export --format json”将整个数据库写成规范化 JSON。）</translation>
    </message>
    <message>
        <source>report needs a graphical application object; run it through summit-cli.</source>
        <translation>report 需要图形应用对象；请通过 summit-cli 运行。</translation>
    </message>
    <message>
        <source>--today takes a date YYYY-MM-DD, got %1.</source>
        <translation>--today 需要 YYYY-MM-DD 格式的日期，实际为 %1。</translation>
    </message>
    <message>
        <source>unexpected argument %1.</source>
        <translation>多余的参数 %1。</translation>
    </message>
    <message>
        <source>--quiet-days takes a number of days from 1 to 3650.</source>
        <translation>--quiet-days 需要 1 到 3650 之间的天数。</translation>
    </message>
    <message>
        <source>Refused: from device %1 (batch %2), since %3: %4</source>
        <translation>已拒收：来自设备 %1（批次：%2），自 %3 起：%4</translation>
    </message>
    <message>
        <source>its history</source>
        <translation>全部历史</translation>
    </message>
    <message>
        <source>--out FILE.pdf or FILE.xlsx is required.</source>
        <translation>必须提供 --out FILE.pdf 或 FILE.xlsx。</translation>
    </message>
    <message>
        <source>--out must end in .pdf or .xlsx, got %1.</source>
        <translation>--out 必须以 .pdf 或 .xlsx 结尾，实际为 %1。</translation>
    </message>
    <message>
        <source>report account-plan ACCOUNT-ID --out FILE.pdf|FILE.xlsx [--today YYYY-MM-DD]</source>
        <translation>report account-plan ACCOUNT-ID --out FILE.pdf|FILE.xlsx [--today YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>Writes the account plan of an account as an A4 PDF: key figures, the decision-chain map with its legend, key people with role, stance, influence and coverage, the gaps, open opportunities with their buying centers, the follow-ups of the last 90 days, open tasks and next steps. With --out FILE.xlsx it is an Excel workbook instead, one sheet per section. --today sets the date the plan is made for.</source>
        <translation>将一个客户的客户经营计划写成 A4 PDF：关键指标、带图例的决策链图谱、关键人物及其决策角色、立场、影响力和关系覆盖、缺口、进行中商机及其采购角色、近 90 天的跟进记录、未完成待办和下一步计划。使用 --out FILE.xlsx 时改为 Excel 工作簿，每个部分一个工作表。--today 指定计划所针对的日期。</translation>
    </message>
    <message>
        <source>Computed tier: %1</source>
        <translation>计算分级：%1</translation>
    </message>
    <message>
        <source>Current tier: %1</source>
        <translation>当前分级：%1</translation>
    </message>
    <message>
        <source>Set by hand because: %1</source>
        <translation>手动设定原因：%1</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>(weight %1 %)</source>
        <translation>（权重 %1%）</translation>
    </message>
    <message>
        <source>tier review takes no arguments.</source>
        <translation>tier review 不接受参数。</translation>
    </message>
    <message>
        <source>Every account&apos;s tier is the computed one.</source>
        <translation>所有客户的分级均与计算结果一致。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) to review; summit-cli tier accept ID takes the computed tier.</source>
        <translation>
            <numerusform>%n 个客户待复核；summit-cli tier accept ID 可采用计算分级。</numerusform>
        </translation>
    </message>
    <message>
        <source>expected an account id and a tier.</source>
        <translation>需要一个客户 ID 和一个分级。</translation>
    </message>
    <message>
        <source>expected one or more account ids.</source>
        <translation>需要一个或多个客户 ID。</translation>
    </message>
    <message>
        <source>Health: %1 of 100 (%2)</source>
        <translation>健康度：%1 / 100（%2）</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 / %2 分</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>不计分</translation>
    </message>
    <message>
        <source>model show takes no arguments.</source>
        <translation>model show 不接受参数。</translation>
    </message>
    <message>
        <source>expected FIELD=VALUE pairs.</source>
        <translation>需要 字段=值 形式的参数。</translation>
    </message>
    <message>
        <source>tier explain ID [--today YYYY-MM-DD] [--json]</source>
        <translation>tier explain ID [--today YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>Prints an account&apos;s computed tier with its reason: 12-month revenue and its rank, weighted follow-ups of the last 3 months, potential; and its current tier.</source>
        <translation>显示客户的计算分级及理由：近12个月收入及排名、近3个月加权跟进、潜力；以及当前分级。</translation>
    </message>
    <message>
        <source>tier review [--today YYYY-MM-DD] [--json]</source>
        <translation>tier review [--today YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>The quarterly review: every account whose tier is not the computed one, with the reason given for a tier set by hand.</source>
        <translation>季度复核：列出分级与计算结果不一致的客户，以及手动设定分级的原因。</translation>
    </message>
    <message>
        <source>tier set ID S|A|B|C [--reason TEXT]</source>
        <translation>tier set ID S|A|B|C [--reason 原因]</translation>
    </message>
    <message>
        <source>Sets an account&apos;s tier by hand. A tier other than the computed one needs --reason (S, for strategic accounts, does not).</source>
        <translation>手动设定客户分级。与计算结果不同的分级需要 --reason（战略客户 S 除外）。</translation>
    </message>
    <message>
        <source>tier accept ID...</source>
        <translation>tier accept ID...</translation>
    </message>
    <message>
        <source>Gives each account its computed tier and clears the reason of a tier set by hand.</source>
        <translation>为每个客户采用计算分级，并清除手动设定的原因。</translation>
    </message>
    <message>
        <source>model show [--json]</source>
        <translation>model show [--json]</translation>
    </message>
    <message>
        <source>Prints the team&apos;s tier and health model: thresholds, weights, activity points and follow-up cadences (defaults where nobody has set a value).</source>
        <translation>显示团队的分级与健康度模型：阈值、权重、互动分值和跟进频率（未设定处为默认值）。</translation>
    </message>
    <message>
        <source>model set FIELD=VALUE...</source>
        <translation>model set 字段=值...</translation>
    </message>
    <message>
        <source>Edits the team&apos;s tier and health model; the tier weights and the health weights each add up to 100. Money in yuan, e.g. tier_a_revenue=1000000.</source>
        <translation>编辑团队的分级与健康度模型；分级权重与健康度权重各自合计为 100。金额以元为单位，例如 tier_a_revenue=1000000。</translation>
    </message>
    <message>
        <source>Key figures for %1 (%2 to %3), %4; compared with %5 to %6.</source>
        <translation>%1（%2 至 %3）关键指标，范围：%4；对比期：%5 至 %6。</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>the whole team</source>
        <translation>全团队</translation>
    </message>
    <message>
        <source>kpi [--period YYYYQn|YYYY-MM|YYYY-Www|YYYY] [--member ID] [--region R] [--industry I] [--tier S|A|B|C] [--today YYYY-MM-DD] [--json]</source>
        <translation>kpi [--period YYYYQn|YYYY-MM|YYYY-Www|YYYY] [--member ID] [--region R] [--industry I] [--tier S|A|B|C] [--today YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>Prints the team&apos;s key figures for a period (this quarter unless given), each with how many records it rests on and its value in the period before: customer satisfaction, NPS, repurchase, renewal and churn rates, average first response, customer lifetime value, win rate, average sales cycle and weighted pipeline. A figure with nothing to measure says so. With --json, rates are fractions and money is in minor units (fen) of CNY.</source>
        <translation>输出团队在某一期间（未指定时为本季度）的关键指标，每项均注明所依据的记录数及上期数值：客户满意度、NPS、复购率、续约率、流失率、平均首次响应时间、客户终身价值、赢单率、平均销售周期和加权管道金额。没有可计算数据的指标会如实说明。使用 --json 时，比率为小数，金额以人民币分为单位。</translation>
    </message>
    <message>
        <source>--period YYYY-MM, YYYY-Www, YYYYQn or YYYY is required.</source>
        <translation>必须指定 --period，格式为 YYYY-MM、YYYY-Www、YYYYQn 或 YYYY。</translation>
    </message>
    <message>
        <source>report team --period YYYY-MM|YYYY-Www|YYYYQn|YYYY --out FILE.pdf|FILE.xlsx [--member MEMBER-ID] [--quiet-days N] [--today YYYY-MM-DD]</source>
        <translation>report team --period YYYY-MM|YYYY-Www|YYYYQn|YYYY --out FILE.pdf|FILE.xlsx [--member MEMBER-ID] [--quiet-days N] [--today YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>Writes the team review of a month, an ISO week, a quarter or a year as an A4 PDF, for the whole team or one member: key figures, the funnel and the weighted forecast, the activity ranking, accounts at risk and why, renewals and receivables due in the next 90 days, and the accounts with no follow-up in --quiet-days days (30 unless given). With --out FILE.xlsx it is an Excel workbook instead, one sheet per section, the funnel, forecast and ranking with charts.</source>
        <translation>将某月、某 ISO 周、某季度或某年的团队复盘输出为 A4 PDF，可针对全团队或单个成员：关键指标、销售漏斗与加权预测、活动排名、风险客户及原因、未来 90 天内到期的续约与应收款，以及 --quiet-days 天内（默认 30 天）无跟进的客户。使用 --out FILE.xlsx 时改为输出 Excel 工作簿，每部分一个工作表，漏斗、预测和排名附图表。</translation>
    </message>
    <message>
        <source>%1: %2 (n = %3)</source>
        <translation>%1：%2（样本数 %3）</translation>
    </message>
    <message>
        <source>%1; before: %2</source>
        <translation>%1；上期：%2</translation>
    </message>
    <message>
        <source>The account did not exist in the last 52 weeks.</source>
        <translation>该客户在最近 52 周内不存在。</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>health ID [--trend] [--today YYYY-MM-DD] [--json]</source>
        <translation>health ID [--trend] [--today YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>Prints an account&apos;s health score (0-100) with the points and reasons of each component: engagement, relationships, commercial, service, open gaps. With --trend, the score at the end of each of the last 52 weeks instead, worked out from the records as they were then.</source>
        <translation>输出客户健康度（0-100），以及各组成部分的得分和原因：互动、关系、商务、服务、未解决缺口。使用 --trend 时，改为输出最近 52 周每周末的健康度，依据当时的记录计算。</translation>
    </message>
    <message>
        <source>%1  %2  for %3  (%4; %5)</source>
        <translation>%1  %2  负责人：%3（%4；%5）</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>有误</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>expected one rule id.</source>
        <translation>需要一个规则 ID。</translation>
    </message>
    <message>
        <source>expected a rule id and FIELD=VALUE pairs.</source>
        <translation>需要一个规则 ID 和若干 字段=值。</translation>
    </message>
    <message numerus="yes">
        <source>Made %n task(s); %1 were there already.</source>
        <translation>
            <numerusform>已创建 %n 条待办；%1 条已存在。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would make %n task(s); %1 are there already. Nothing was written.</source>
        <translation>
            <numerusform>将创建 %n 条待办；%1 条已存在。未写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>expected a date and a number of workdays.</source>
        <translation>需要一个日期和工作日天数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>“%1”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>The calendar has no holidays for %1: its workdays are Monday to Friday.</source>
        <translation>日历中没有 %1 年的节假日：工作日按周一至周五计算。</translation>
    </message>
    <message>
        <source>expected a date, holiday or workday, and a name.</source>
        <translation>需要日期、holiday 或 workday，以及名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither holiday nor workday.</source>
        <translation>“%1”既不是 holiday 也不是 workday。</translation>
    </message>
    <message>
        <source>--year &quot;%1&quot; is not a year.</source>
        <translation>--year “%1”不是年份。</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>%1  [%2]  %3 entering %4 needs: %5</source>
        <translation>%1  [%2]  %3进入“%4”前需要：%5</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>rule list [--json]</source>
        <translation>rule list [--json]</translation>
    </message>
    <message>
        <source>Lists the team&apos;s rules, shipped and own, each as a sentence, switched on or off; a broken rule says what is wrong with it.</source>
        <translation>列出团队的规则（内置的和自建的），每条一句话，并标明开或关；有误的规则会说明错在哪里。</translation>
    </message>
    <message>
        <source>rule show ID</source>
        <translation>rule show ID</translation>
    </message>
    <message>
        <source>Prints one rule as JSON.</source>
        <translation>以 JSON 输出一条规则。</translation>
    </message>
    <message>
        <source>rule add name=NAME condition=COND [threshold=N] [tiers=S,A] [region=R] [industry=I] [member_id=ID] roles=am,team_lead [due_in=N] [due_unit=hours|workdays] [escalate_days=N] [enabled=0|1]</source>
        <translation>rule add name=名称 condition=条件 [threshold=N] [tiers=S,A] [region=区域] [industry=行业] [member_id=ID] roles=am,team_lead [due_in=N] [due_unit=hours|workdays] [escalate_days=N] [enabled=0|1]</translation>
    </message>
    <message>
        <source>Adds a rule and prints its id. Conditions: quiet (days without a follow-up), health_below, health_drop (points in 30 days), contract_ending (days), receivable_overdue (days), key_person_left, opportunity_stalled (days), severe_request (hours), detractor (NPS answer at most N). Roles: am, sa, de, team_lead.</source>
        <translation>添加一条规则并输出其 ID。条件：quiet（未跟进天数）、health_below、health_drop（30 天内下降的分数）、contract_ending（天）、receivable_overdue（天）、key_person_left、opportunity_stalled（天）、severe_request（小时）、detractor（NPS 回答不高于 N）。角色：am、sa、de、team_lead。</translation>
    </message>
    <message>
        <source>rule set ID FIELD=VALUE...</source>
        <translation>rule set ID 字段=值...</translation>
    </message>
    <message>
        <source>Changes fields of a rule, shipped or the team&apos;s own (enabled=0 switches it off).</source>
        <translation>修改一条规则（内置或自建）的字段（enabled=0 即关闭）。</translation>
    </message>
    <message>
        <source>rule test ID [--today YYYY-MM-DD] [--json]</source>
        <translation>rule test ID [--today YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>Lists the tasks the rule would make today, switched on or not; writes nothing.</source>
        <translation>列出该规则今天会创建的待办（无论是否开启）；不写入任何内容。</translation>
    </message>
    <message>
        <source>rule run [--today YYYY-MM-DD] [--dry-run] [--json]</source>
        <translation>rule run [--today YYYY-MM-DD] [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>calendar workdays FROM N [--file TSV] [--json]</source>
        <translation>calendar workdays 起始日期 N [--file TSV] [--json]</translation>
    </message>
    <message>
        <source>Prints the date N workdays after FROM on the team&apos;s working calendar (China&apos;s public holidays and adjusted working days), or on the calendar of a TSV file.</source>
        <translation>按团队工作日历（中国法定节假日及调休）或 TSV 文件中的日历，输出起始日期之后第 N 个工作日的日期。</translation>
    </message>
    <message>
        <source>calendar set DATE holiday|workday [NAME]</source>
        <translation>calendar set 日期 holiday|workday [名称]</translation>
    </message>
    <message>
        <source>Marks a day as a day off or as a working day for the team (synced).</source>
        <translation>为团队把某天标记为休息日或工作日（会同步）。</translation>
    </message>
    <message>
        <source>calendar list [--year YYYY] [--file TSV] [--json]</source>
        <translation>calendar list [--year YYYY] [--file TSV] [--json]</translation>
    </message>
    <message>
        <source>Lists the year&apos;s days off and worked weekend days.</source>
        <translation>列出该年的休息日和调休上班的周末。</translation>
    </message>
    <message>
        <source>gate list [--json]</source>
        <translation>gate list [--json]</translation>
    </message>
    <message>
        <source>Lists the stage gates: what an opportunity or account needs before it enters a stage (an edit that moves it without them is refused, naming what is missing).</source>
        <translation>列出阶段门槛：商机或客户进入某阶段前必须具备的内容（缺少时推进会被拒绝，并说明缺少什么）。</translation>
    </message>
    <message>
        <source>gate set ID FIELD=VALUE...</source>
        <translation>gate set ID 字段=值...</translation>
    </message>
    <message>
        <source>Changes a stage gate: requires=amount,expected_close,competitors,buying_roles (buying_roles: someone in the buying center; - for nothing), enabled=0|1.</source>
        <translation>修改阶段门槛：requires=amount,expected_close,competitors,buying_roles（buying_roles：采购决策小组中至少一人；- 表示无要求），enabled=0|1。</translation>
    </message>
    <message>
        <source>gate add applies_to=opportunity|account stage=STAGE requires=FIELDS</source>
        <translation>gate add applies_to=opportunity|account stage=阶段 requires=字段</translation>
    </message>
    <message>
        <source>Adds a stage gate and prints its id.</source>
        <translation>添加一个阶段门槛并输出其 ID。</translation>
    </message>
    <message>
        <source>within %1, for %2</source>
        <translation>时限 %1，负责：%2</translation>
    </message>
    <message>
        <source>(after %1)</source>
        <translation>（在 %1 之后）</translation>
    </message>
    <message>
        <source>expected one playbook id.</source>
        <translation>需要一个流程 id。</translation>
    </message>
    <message>
        <source>nothing to change: give --name, --enabled, --step and so on.</source>
        <translation>没有要修改的内容：请给出 --name、--enabled、--step 等。</translation>
    </message>
    <message>
        <source>expected one playbook id and --account ID.</source>
        <translation>需要一个流程 id 和 --account ID。</translation>
    </message>
    <message numerus="yes">
        <source>Started: %n task(s) made.</source>
        <translation>
            <numerusform>已启动：生成 %n 条待办。</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>late, due %1</source>
        <translation>已逾期，截止 %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>在回收站中</translation>
    </message>
    <message>
        <source>starts at the next run</source>
        <translation>下次运行时开始</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation>等待 %1</translation>
    </message>
    <message>
        <source>expected --account ID.</source>
        <translation>需要 --account ID。</translation>
    </message>
    <message>
        <source>No playbook has run on this account.</source>
        <translation>该客户尚未运行任何流程。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 of %4 steps finished</source>
        <translation>%1（%2）：已完成 %3/%4 步</translation>
    </message>
    <message>
        <source>playbook list [--json]</source>
        <translation>playbook list [--json]</translation>
    </message>
    <message>
        <source>Lists the team&apos;s playbooks with their trigger and steps, switched on or off; a broken playbook says what is wrong with it.</source>
        <translation>列出团队的流程及其触发条件和步骤、启用与否；损坏的流程会说明问题所在。</translation>
    </message>
    <message>
        <source>playbook show ID</source>
        <translation>playbook show ID</translation>
    </message>
    <message>
        <source>Prints one playbook as JSON.</source>
        <translation>以 JSON 输出一个流程。</translation>
    </message>
    <message>
        <source>playbook add --name NAME --trigger TRIGGER [--stage STAGE] [--tiers S,A] --step STEP... [--enabled 0|1]</source>
        <translation>playbook add --name 名称 --trigger 触发条件 [--stage 阶段] [--tiers S,A] --step 步骤... [--enabled 0|1]</translation>
    </message>
    <message>
        <source>Adds a playbook and prints its id. Triggers: new_key_account, account_stage and opportunity_stage (with --stage), visit, month_start (the first workday of each month), manual (started by hand). Each --step is &quot;KEY: TITLE | DUE | ROLES [| after KEY,KEY]&quot;, DUE as 72h or 5wd (workdays), ROLES from am, sa, de, team_lead; or give every step at once as a JSON array with --steps-json.</source>
        <translation>新增一个流程并输出其 id。触发条件：new_key_account、account_stage 和 opportunity_stage（配合 --stage）、visit、month_start（每月第一个工作日）、manual（手动启动）。每个 --step 写作 &quot;键: 标题 | 时限 | 角色 [| after 键,键]&quot;，时限如 72h（小时）或 5wd（工作日），角色取自 am、sa、de、team_lead；也可用 --steps-json 以 JSON 数组一次给出全部步骤。</translation>
    </message>
    <message>
        <source>playbook set ID [--name NAME] [--enabled 0|1] [--tiers S,A] [--step STEP...]</source>
        <translation>playbook set ID [--name 名称] [--enabled 0|1] [--tiers S,A] [--step 步骤...]</translation>
    </message>
    <message>
        <source>Changes a playbook, shipped or the team&apos;s own; --step replaces every step.</source>
        <translation>修改一个流程（内置或团队自建）；--step 会替换全部步骤。</translation>
    </message>
    <message>
        <source>playbook remove ID</source>
        <translation>playbook remove ID</translation>
    </message>
    <message>
        <source>Moves a team&apos;s own playbook to the trash; a shipped one can only be switched off.</source>
        <translation>将团队自建的流程移入回收站；内置流程只能停用。</translation>
    </message>
    <message>
        <source>playbook start ID --account ID [--today YYYY-MM-DD]</source>
        <translation>playbook start ID --account ID [--today YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>Starts a playbook on an account by hand: its first steps become tasks now, the others when the steps they wait for are done.</source>
        <translation>在一个客户上手动启动流程：前几步立即生成待办，其余步骤在其前置步骤完成后生成。</translation>
    </message>
    <message>
        <source>playbook status --account ID [--today YYYY-MM-DD] [--json]</source>
        <translation>playbook status --account ID [--today YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>Shows the account&apos;s playbook runs: each step done, open, late or waiting.</source>
        <translation>显示该客户的流程进度：每一步已完成、进行中、逾期或等待中。</translation>
    </message>
    <message>
        <source>Skipped &quot;%1&quot;: %2</source>
        <translation>已跳过“%1”：%2</translation>
    </message>
    <message>
        <source>Runs every rule and playbook that is switched on and makes the tasks they call for; a task made before, on this laptop or another, is not made again.</source>
        <translation>运行所有已启用的规则和流程并生成相应待办；之前已生成过的待办（无论在本机还是其他电脑上）不会重复生成。</translation>
    </message>
    <message>
        <source>gate remove ID</source>
        <translation>gate remove ID</translation>
    </message>
    <message>
        <source>Deletes a stage gate the team added (a shipped one can only be switched off).</source>
        <translation>删除团队添加的阶段门槛（内置的门槛只能关闭）。</translation>
    </message>
    <message>
        <source>expected the id of a stage gate.</source>
        <translation>需要一个阶段门槛的 ID。</translation>
    </message>
    <message>
        <source>the access token in --remote is used for this sync and not kept; a command line is kept in the shell&apos;s history, so give the token in SUMMIT_GIT_TOKEN.</source>
        <translation>--remote 中的访问令牌仅用于本次同步，不会保存；命令行会留在 shell 历史记录中，请改用 SUMMIT_GIT_TOKEN 提供令牌。</translation>
    </message>
    <message>
        <source>export-table --type accounts|orgunits|contacts|followups|opportunities|tasks|contracts|receivables|service_requests|surveys --out FILE.xlsx|FILE.csv [--account ID] [--json]</source>
        <translation>export-table --type accounts|orgunits|contacts|followups|opportunities|tasks|contracts|receivables|service_requests|surveys --out FILE.xlsx|FILE.csv [--account ID] [--json]</translation>
    </message>
    <message>
        <source>This device&apos;s signing key: %1</source>
        <translation>本设备的签名密钥：%1</translation>
    </message>
    <message>
        <source>made with its first changes sent</source>
        <translation>首次发送更改时生成</translation>
    </message>
    <message>
        <source>Other devices that sign their changes: %1 of %2</source>
        <translation>为更改签名的其他设备：%1 / %2</translation>
    </message>
    <message>
        <source>This computer&apos;s signing key is new (the old key file is gone); its changes now go out as replica %1. Nothing is lost.</source>
        <translation>本机的签名密钥是新的（旧密钥文件已不在）；其更改现以副本 %1 的身份发送。没有丢失任何内容。</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Batch %1 is empty.</source>
        <translation>批次 %1 为空。</translation>
    </message>
    <message>
        <source>%1 is not a Summit batch (line 1).</source>
        <translation>%1 不是 Summit 批次（第 1 行）。</translation>
    </message>
    <message>
        <source>Batch %1 has format version %2; this Summit reads up to %3. Update Summit to sync with this team.</source>
        <translation>批次 %1 的格式版本为 %2，当前版本的 Summit 最高只能读取 %3。请升级 Summit 后再与该团队同步。</translation>
    </message>
    <message>
        <source>Batch %1 has no valid format version (line 1).</source>
        <translation>批次 %1 缺少有效的格式版本（第 1 行）。</translation>
    </message>
    <message>
        <source>Batch %1 is encrypted (%2), which this Summit cannot read.</source>
        <translation>批次 %1 已加密（%2），当前版本的 Summit 无法读取。</translation>
    </message>
    <message>
        <source>Batch %1 has a malformed operation on line %2.</source>
        <translation>批次 %1 第 %2 行的操作格式有误。</translation>
    </message>
    <message>
        <source>Batch %1 is truncated: the header announces %2 operations, it holds %3.</source>
        <translation>批次 %1 不完整：头部声明有 %2 个操作，实际包含 %3 个。</translation>
    </message>
    <message>
        <source>The sync remote %1 is unreachable (%2). Check the address and the network connection; nothing is lost, the next sync tries again.</source>
        <translation>无法连接同步远程仓库 %1（%2）。请检查地址和网络连接；数据不会丢失，下次同步时会重试。</translation>
    </message>
    <message>
        <source>Authentication failed for %1: the server asks for credentials and none are configured.</source>
        <translation>%1 身份验证失败：服务器要求提供凭据，但尚未配置任何凭据。</translation>
    </message>
    <message>
        <source>Authentication failed for %1: check the user name, the password or access token, or the ssh key.</source>
        <translation>%1 身份验证失败：请检查用户名、密码或访问令牌，或 ssh 密钥。</translation>
    </message>
    <message>
        <source>%1 is not a git repository, or no such repository exists there (%2).</source>
        <translation>%1 不是 git 仓库，或该位置不存在此仓库（%2）。</translation>
    </message>
    <message>
        <source>The certificate of %1 (%2) is not trusted.</source>
        <translation>%1 的证书（%2）不受信任。</translation>
    </message>
    <message>
        <source>Sync with %1 failed: %2</source>
        <translation>与 %1 同步失败：%2</translation>
    </message>
    <message>
        <source>%1 is not a git repository: no such directory.</source>
        <translation>%1 不是 git 仓库：目录不存在。</translation>
    </message>
    <message>
        <source>The repository %1 belongs to another user; git refuses it unless it is listed as safe (git config --global --add safe.directory %2).</source>
        <translation>仓库 %1 属于其他用户；除非将其列为安全目录（git config --global --add safe.directory %2），否则 git 会拒绝使用。</translation>
    </message>
    <message>
        <source>%1 is not a git repository (%2).</source>
        <translation>%1 不是 git 仓库（%2）。</translation>
    </message>
    <message>
        <source>the object file %1 cannot be read: %2</source>
        <translation>无法读取对象文件 %1：%2</translation>
    </message>
    <message>
        <source>the object file %1 is truncated or damaged</source>
        <translation>对象文件 %1 不完整或已损坏</translation>
    </message>
    <message>
        <source>the object file %1 does not match its id</source>
        <translation>对象文件 %1 与其 ID 不符</translation>
    </message>
    <message>
        <source>The commit %1 is unusable: %2</source>
        <translation>提交 %1 不可用：%2</translation>
    </message>
    <message>
        <source>Cannot open the sync repository %1: the directory is not empty and is not a git repository.</source>
        <translation>无法打开同步仓库 %1：该目录非空，且不是 git 仓库。</translation>
    </message>
    <message>
        <source>Cannot create the sync repository directory %1.</source>
        <translation>无法创建同步仓库目录 %1。</translation>
    </message>
    <message>
        <source>Cannot open the sync repository %1: %2</source>
        <translation>无法打开同步仓库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the sync repository %1: it is not a bare repository.</source>
        <translation>无法打开同步仓库 %1：它不是裸仓库。</translation>
    </message>
    <message>
        <source>%1 is not a valid ref name.</source>
        <translation>%1 不是有效的引用名。</translation>
    </message>
    <message>
        <source>Cannot read the ref %1 in %2: %3</source>
        <translation>无法读取 %2 中的引用 %1：%3</translation>
    </message>
    <message>
        <source>%1 is not a commit id (expected tip of %2).</source>
        <translation>%1 不是提交 ID（应为 %2 的最新提交）。</translation>
    </message>
    <message>
        <source>Cannot append a batch to %1 in %2 (%3): %4</source>
        <translation>无法向 %2 中的 %1 追加批次（%3）：%4</translation>
    </message>
    <message>
        <source>The ref %1 in %2 has moved: expected %3, found %4.</source>
        <translation>%2 中的引用 %1 已变动：预期为 %3，实际为 %4。</translation>
    </message>
    <message>
        <source>Cannot append a batch to %1 in %2: the tip %3 is unusable: %4</source>
        <translation>无法向 %2 中的 %1 追加批次：最新提交 %3 不可用：%4</translation>
    </message>
    <message>
        <source>The ref %1 in %2 was moved by another writer; the batch was not appended.</source>
        <translation>%2 中的引用 %1 已被其他写入方更新；批次未追加。</translation>
    </message>
    <message>
        <source>%1 is not a commit id.</source>
        <translation>%1 不是提交 ID。</translation>
    </message>
    <message>
        <source>The batch commit %1 in %2 is unusable: %3</source>
        <translation>%2 中的批次提交 %1 不可用：%3</translation>
    </message>
    <message>
        <source>the history is not a single chain of batches</source>
        <translation>历史记录不是单一的批次链</translation>
    </message>
    <message>
        <source>History rewritten: %1 is not an ancestor of %2 in %3; the ref was rewritten by another device or restored from a backup.</source>
        <translation>历史记录已被改写：在 %3 中，%1 不是 %2 的祖先提交；该引用被其他设备改写过，或是从备份中恢复的。</translation>
    </message>
    <message>
        <source>its tree does not hold exactly the file %1</source>
        <translation>其目录树中并非恰好只有文件 %1</translation>
    </message>
    <message>
        <source>the blob %1 cannot be read (%2)</source>
        <translation>无法读取 blob %1（%2）</translation>
    </message>
    <message>
        <source>the object %1 is not a blob</source>
        <translation>对象 %1 不是 blob</translation>
    </message>
    <message>
        <source>Cannot push to %1: it is not a bare repository.</source>
        <translation>无法推送到 %1：它不是裸仓库。</translation>
    </message>
    <message>
        <source>Push of %1 to %2 failed: %3</source>
        <translation>将 %1 推送到 %2 失败：%3</translation>
    </message>
    <message>
        <source>The push of %1 to %2 was rejected as non-fast-forward: the remote ref holds commits that are not in this device&apos;s history, so another device writes the same ref.</source>
        <translation>将 %1 推送到 %2 被拒绝（非快进）：远程引用包含本设备历史中没有的提交，说明另一台设备也在写入同一个引用。</translation>
    </message>
    <message>
        <source>Nothing to push to %1: the ref %2 does not exist in %3.</source>
        <translation>没有可推送到 %1 的内容：%3 中不存在引用 %2。</translation>
    </message>
    <message>
        <source>Cannot push %1 to %2: %3</source>
        <translation>无法将 %1 推送到 %2：%3</translation>
    </message>
    <message>
        <source>%1 is not a usable remote address: %2</source>
        <translation>%1 不是可用的远程地址：%2</translation>
    </message>
    <message>
        <source>The server %1 refused the update of %2: %3</source>
        <translation>服务器 %1 拒绝更新 %2：%3</translation>
    </message>
    <message>
        <source>Cannot fetch from %1: %2 in %3: %4</source>
        <translation>无法从 %1 获取数据：%3 中的 %2 有误：%4</translation>
    </message>
    <message>
        <source>Cannot fetch from %1: %2</source>
        <translation>无法从 %1 获取数据：%2</translation>
    </message>
    <message>
        <source>Cannot repack the sync repository %1: %2</source>
        <translation>无法重新打包同步仓库 %1：%2</translation>
    </message>
    <message>
        <source>object %1: %2</source>
        <translation>对象 %1：%2</translation>
    </message>
    <message>
        <source>the new pack %1 was not written</source>
        <translation>新的包文件 %1 未写入</translation>
    </message>
    <message>
        <source>Changes of replica %1 were skipped: %2</source>
        <translation>已跳过副本 %1 的更改：%2</translation>
    </message>
    <message>
        <source>%1 (replica %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <source>Batch %1 holds operations of another replica; it was refused.</source>
        <translation>批次 %1 包含其他副本的操作，已拒绝。</translation>
    </message>
    <message>
        <source>Batch %1 could not be applied: %2</source>
        <translation>无法应用批次 %1：%2</translation>
    </message>
    <message>
        <source>The remote %1 refused this replica&apos;s changes twice; sync stopped.</source>
        <translation>远程仓库 %1 两次拒绝了本副本的更改；同步已停止。</translation>
    </message>
    <message>
        <source>The key of the ssh host %1 has changed: it now shows %2, and ~/.ssh/known_hosts holds another key for it. Someone may be intercepting the connection, or the server was reinstalled; ask its administrator before you change ~/.ssh/known_hosts. Nothing was sent.</source>
        <translation>ssh 主机 %1 的密钥已改变：它现在显示 %2，而 ~/.ssh/known_hosts 中记录的是另一个密钥。可能有人在拦截连接，也可能服务器已重装；修改 ~/.ssh/known_hosts 之前请先询问其管理员。未发送任何数据。</translation>
    </message>
    <message>
        <source>The ssh host %1 is new to this computer: its key fingerprint is %2. Check it with the server&apos;s administrator, then trust it with Test connection on the Sync page (or connect once with ssh).</source>
        <translation>此电脑从未连接过 ssh 主机 %1：其密钥指纹为 %2。请与服务器管理员核对，然后在“同步”页面通过“测试连接”信任它（或先用 ssh 连接一次）。</translation>
    </message>
    <message>
        <source>Batch %1 is larger than %2 MB; it was not read.</source>
        <translation>批次 %1 大于 %2 MB，未读取。</translation>
    </message>
    <message>
        <source>Batch %1 holds more than %2 operations.</source>
        <translation>批次 %1 包含的操作超过 %2 个。</translation>
    </message>
    <message>
        <source>Batch %1 has a line longer than %2 MB (line %3).</source>
        <translation>批次 %1 中有一行超过 %2 MB（第 %3 行）。</translation>
    </message>
    <message>
        <source>Batch %1: operation %2 is not number %3 of device %4, as its place in the batch says.</source>
        <translation>批次 %1：按其在批次中的位置，操作 %2 应为设备 %4 的第 %3 个操作，但实际不是。</translation>
    </message>
    <message>
        <source>the blob %1 is larger than %2 MB</source>
        <translation>blob %1 大于 %2 MB</translation>
    </message>
    <message>
        <source>Batch %1 names %2 as the batch before it, but it follows %3 in the device&apos;s history; it was refused.</source>
        <translation>批次 %1 声明其前一个批次为 %2，但在该设备的历史中它接在 %3 之后；已拒收。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Batch %1 belongs to team &quot;%2&quot;, not to this team; it was refused.</source>
        <translation>批次 %1 属于团队“%2”，而不是本团队；已拒收。</translation>
    </message>
    <message>
        <source>Batch %1 starts at operation %2 of the device, but operation %3 comes next; it was refused.</source>
        <translation>批次 %1 从该设备的第 %2 个操作开始，但接下来应为第 %3 个操作；已拒收。</translation>
    </message>
    <message numerus="yes">
        <source>The clock of device %1 is %n minute(s) ahead of this computer&apos;s. Its changes are accepted, but one of the two clocks is wrong.</source>
        <translation>
            <numerusform>设备 %1 的时钟比本机快 %n 分钟。其更改已接受，但两台设备中有一台的时钟不准确。</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 names a signature this Summit does not know (&quot;%2&quot;).</source>
        <translation>批次 %1 使用了本版 Summit 不认识的签名方式（“%2”）。</translation>
    </message>
    <message>
        <source>Batch %1 is signed but names no valid key; it was not read.</source>
        <translation>批次 %1 带有签名，但没有给出有效的密钥；未读取该批次。</translation>
    </message>
    <message>
        <source>The signature of batch %1 does not match its contents: it was changed after it was signed, or signed by someone else. It was not read.</source>
        <translation>批次 %1 的签名与内容不符：它在签名后被改动过，或由他人签名。未读取该批次。</translation>
    </message>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>无法启动加密库。</translation>
    </message>
    <message>
        <source>Cannot read this device&apos;s signing key %1: %2</source>
        <translation>无法读取本设备的签名密钥 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Summit device key. Move it away to let Summit make a new one.</source>
        <translation>%1 不是 Summit 设备密钥。请将其移走，Summit 会生成新的密钥。</translation>
    </message>
    <message>
        <source>Cannot write this device&apos;s signing key %1: %2</source>
        <translation>无法写入本设备的签名密钥 %1：%2</translation>
    </message>
    <message>
        <source>Batch %1 is not signed, but device %2 signs its batches; it was refused.</source>
        <translation>批次 %1 没有签名，但设备 %2 的批次都带签名；已拒收。</translation>
    </message>
    <message>
        <source>Batch %1 is signed with a key that is not device %2&apos;s: someone else wrote it. It was refused.</source>
        <translation>批次 %1 的签名密钥不属于设备 %2：它由他人写入。已拒收。</translation>
    </message>
</context>
<context>
    <name>summit::app</name>
    <message>
        <source>This database was a copy of another one; it now writes under a new replica id.</source>
        <translation>此数据库复制自另一个数据库；现改为以新的副本 ID 写入。</translation>
    </message>
    <message>
        <source>%1 holds Summit data of a newer or unknown format (%2); update Summit on this computer.</source>
        <translation>%1 中的 Summit 数据格式较新或无法识别（%2）；请升级本机上的 Summit。</translation>
    </message>
    <message>
        <source>The repository holds no Summit data yet. If it is the team&apos;s new repository, the first sync starts the team&apos;s history there; if it belongs to something else, choose the team&apos;s repository.</source>
        <translation>该仓库中尚无 Summit 数据。如果这是团队新建的仓库，首次同步将在其中开始记录团队的历史；如果它另有他用，请改选团队的仓库。</translation>
    </message>
    <message numerus="yes">
        <source>It holds the changes of %n devices.</source>
        <translation>
            <numerusform>该仓库包含 %n 台设备的更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s).</source>
        <translation>
            <numerusform>已发送 %n 项更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n change(s).</source>
        <translation>
            <numerusform>已接收 %n 项更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The repository holds no Summit data, but %n other branches: it may belong to something else. The first sync would add Summit&apos;s branches beside them; choose the team&apos;s own repository if you are not sure.</source>
        <translation>
            <numerusform>该仓库没有 Summit 数据，但有 %n 个其他分支，可能属于别的项目。首次同步会在这些分支旁添加 Summit 的分支；如果不确定，请选择团队自己的仓库。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 opens once the open dialog is closed.</source>
        <translation>关闭当前对话框后将打开 %1。</translation>
    </message>
    <message>
        <source>The record opens once the open dialog is closed.</source>
        <translation>关闭当前对话框后将打开该记录。</translation>
    </message>
    <message>
        <source>Key-account management</source>
        <translation>大客户管理</translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation>打开数据库 FILE。</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Summit</translation>
    </message>
    <message>
        <source>Open the demo database (created on first use).</source>
        <translation>打开演示数据库（首次使用时创建）。</translation>
    </message>
    <message>
        <source>Open the record ID (an account, a contact, …).</source>
        <translation>打开 ID 指定的记录（客户、联系人…）。</translation>
    </message>
    <message>
        <source>The database to open, like --db.</source>
        <translation>要打开的数据库，与 --db 相同。</translation>
    </message>
    <message>
        <source>%1
Wait a moment and try again, or close the other Summit window first.</source>
        <translation>%1
请稍后重试，或先关闭另一个 Summit 窗口。</translation>
    </message>
    <message numerus="yes">
        <source>Summit is already running but did not answer within %n second(s).</source>
        <translation>
            <numerusform>Summit 已在运行，但在 %n 秒内没有响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>From device %1, since %2: %3</source>
        <translation>来自设备 %1，自 %2 起：%3</translation>
    </message>
    <message>
        <source>This computer&apos;s signing key is new (the old key file is gone); its changes now go out under a new replica id. Nothing is lost.</source>
        <translation>本机的签名密钥是新的（旧密钥文件已不在）；其更改现以新的副本编号发送。没有丢失任何内容。</translation>
    </message>
</context>
<context>
    <name>summit::core</name>
    <message>
        <source>No account given for the history.</source>
        <translation>未指定要查看修改历史的客户。</translation>
    </message>
    <message>
        <source>No account with id %1.</source>
        <translation>没有 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation>无法复制 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>%1 is not a Summit database this version can open: %2</source>
        <translation>%1 不是当前版本能打开的 Summit 数据库：%2</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>the file is damaged (%1).</source>
        <translation>文件已损坏（%1）。</translation>
    </message>
    <message>
        <source>it is a SQLite database, but not Summit&apos;s.</source>
        <translation>它是 SQLite 数据库，但不是 Summit 的数据库。</translation>
    </message>
    <message>
        <source>it was written by a newer Summit (schema %1; this version knows up to %2). Update Summit to restore it.</source>
        <translation>它由更新版本的 Summit 写入（数据库结构版本 %1；当前版本最高支持 %2）。请升级 Summit 后再恢复。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is not a Summit database: %2</source>
        <translation>%1 不是 Summit 数据库：%2</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The copy of %1 failed its check and was removed: %2</source>
        <translation>%1 的副本未通过检查，已删除：%2</translation>
    </message>
    <message>
        <source>Cannot save the backup as %1.</source>
        <translation>无法将备份保存为 %1。</translation>
    </message>
    <message>
        <source>%1 is open in another program (Summit, summit-cli, or a sync that is still running). Close it and try again; nothing was restored.</source>
        <translation>%1 已在另一个程序中打开（Summit、summit-cli 或仍在运行的同步）。请关闭后重试；未恢复任何内容。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>未恢复任何内容：%1</translation>
    </message>
    <message>
        <source>%1 is the database itself.</source>
        <translation>%1 就是数据库本身。</translation>
    </message>
    <message>
        <source>cannot create the folder %1 to keep the current database in.</source>
        <translation>无法创建用于保留当前数据库的文件夹 %1。</translation>
    </message>
    <message>
        <source>the current database could not be kept (%1), and a plain copy of it to %2 failed.</source>
        <translation>无法保留当前数据库（%1），将其直接复制到 %2 也失败了。</translation>
    </message>
    <message>
        <source>the prepared copy %1 is still open.</source>
        <translation>准备好的副本 %1 仍处于打开状态。</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
    <message>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation>没有 ID 为 %2 的%1。</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>修改“%2”的%1</translation>
    </message>
    <message>
        <source>Unknown record type %1.</source>
        <translation>未知的记录类型 %1。</translation>
    </message>
    <message>
        <source>%1 is not a record id.</source>
        <translation>%1 不是记录 ID。</translation>
    </message>
    <message>
        <source>A record with id %1 exists already.</source>
        <translation>ID 为 %1 的记录已存在。</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>添加%1“%2”</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation>删除%1“%2”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n records</source>
        <translation>
            <numerusform>删除 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore %1 %2</source>
        <translation>恢复%1“%2”</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n records</source>
        <translation>
            <numerusform>恢复 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve conflict on %1 of %2</source>
        <translation>解决“%2”的%1冲突</translation>
    </message>
    <message>
        <source>Log follow-up at %1</source>
        <translation>为%1记录跟进</translation>
    </message>
    <message>
        <source>Log follow-up with %1</source>
        <translation>记录与%1的跟进</translation>
    </message>
    <message numerus="yes">
        <source>Log follow-up with %1 and %n other(s)</source>
        <translation>
            <numerusform>记录与%1及其他 %n 人的跟进</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be moved under itself.</source>
        <translation>%1不能移到其自身之下。</translation>
    </message>
    <message>
        <source>Move %1 to the top level</source>
        <translation>将%1移到顶层</translation>
    </message>
    <message>
        <source>Move %1 under %2</source>
        <translation>将%1移到%2之下</translation>
    </message>
    <message>
        <source>%1 cannot report to themselves.</source>
        <translation>%1不能向自己汇报。</translation>
    </message>
    <message>
        <source>%1 reports to nobody</source>
        <translation>%1不向任何人汇报</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>将%1移到%2</translation>
    </message>
    <message>
        <source>Mark %1 as having left the company</source>
        <translation>将%1标记为已离职</translation>
    </message>
    <message>
        <source>Mark %1 as active again</source>
        <translation>将%1重新标记为在职</translation>
    </message>
    <message>
        <source>%1 cannot be linked to themselves.</source>
        <translation>%1不能与自己建立影响关系。</translation>
    </message>
    <message>
        <source>Add influence link %1 → %2</source>
        <translation>添加影响关系 %1 → %2</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation>添加待办“%1”</translation>
    </message>
    <message>
        <source>Complete task %1</source>
        <translation>完成待办“%1”</translation>
    </message>
    <message>
        <source>Reopen task %1</source>
        <translation>重新打开待办“%1”</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>%1: %2 is the team&apos;s last admin; make someone else an admin first.</source>
        <translation>%1：%2 是团队最后一位管理员；请先让其他人成为管理员。</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds %n accounts, tasks or deals; hand them over with &quot;Mark as left&quot; (member leave) instead.</source>
        <translation>
            <numerusform>%1 仍负责 %n 个客户、任务或商机；请改用“标记为已离开”（member leave）进行交接。</numerusform>
        </translation>
    </message>
    <message>
        <source>Members leave one at a time, with a successor for their work.</source>
        <translation>成员需逐个离开，并为其工作指定接手人。</translation>
    </message>
    <message>
        <source>This would leave the team without an admin.</source>
        <translation>这样团队将没有管理员。</translation>
    </message>
    <message numerus="yes">
        <source>Edit %1 of %n records (%2)</source>
        <translation>
            <numerusform>修改 %n 条记录的%1（%2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n records (%1)</source>
        <translation>
            <numerusform>修改 %n 条记录（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has already left the team.</source>
        <translation>%1 已经离开团队。</translation>
    </message>
    <message>
        <source>%1 leaves</source>
        <translation>%1 离开</translation>
    </message>
    <message>
        <source>Successor: %1 cannot take over from themselves.</source>
        <translation>接手人：%1 不能接手自己的工作。</translation>
    </message>
    <message>
        <source>Successor: no team member with id %1.</source>
        <translation>接手人：没有 ID 为 %1 的团队成员。</translation>
    </message>
    <message>
        <source>Successor: %1 has left the team.</source>
        <translation>接手人：%1 已离开团队。</translation>
    </message>
    <message numerus="yes">
        <source>Successor: %1 still holds %n accounts, tasks or deals; name who takes them over.</source>
        <translation>
            <numerusform>接手人：%1 仍负责 %n 个客户、任务或商机；请指定由谁接手。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 leaves the team</source>
        <translation>%1 离开团队</translation>
    </message>
    <message>
        <source>%1 leaves the team; %2 takes over</source>
        <translation>%1 离开团队；由 %2 接手</translation>
    </message>
    <message>
        <source>%1 rejoins the team</source>
        <translation>%1 重新加入团队</translation>
    </message>
    <message>
        <source>%1 knows %2</source>
        <translation>%1 认识 %2</translation>
    </message>
    <message>
        <source>%1 has no coverage by %2.</source>
        <translation>%2 没有覆盖 %1。</translation>
    </message>
    <message>
        <source>%1 no longer covers %2</source>
        <translation>%1 不再覆盖 %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 在 %2 中：%3</translation>
    </message>
    <message>
        <source>%1 has no role on %2.</source>
        <translation>%1 在 %2 中没有角色。</translation>
    </message>
    <message>
        <source>%1 off the buying center of %2</source>
        <translation>将 %1 移出 %2 的采购中心</translation>
    </message>
    <message>
        <source>Delete %1 after all</source>
        <translation>仍然删除 %1</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>保留 %1</translation>
    </message>
    <message>
        <source>No open conflict %1.</source>
        <translation>没有未解决的冲突 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1 (%2): %3</source>
        <translation>无法初始化数据库 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Database error in &quot;%1&quot;: %2</source>
        <translation>执行“%1”时出现数据库错误：%2</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: %2</source>
        <translation>无法在 %1 上开始事务：%2</translation>
    </message>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation>无法保存到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the SQLite driver gives no handle.</source>
        <translation>无法打开数据库 %1：SQLite 驱动未提供连接句柄。</translation>
    </message>
    <message>
        <source>The disk is full: the change could not be saved to %1. Nothing was changed; free some space on the disk, then save again.</source>
        <translation>磁盘已满：更改无法保存到 %1。未做任何更改；请释放一些磁盘空间，然后重新保存。</translation>
    </message>
    <message>
        <source>%1 cannot be written to (the file or its folder is read-only): the change was not saved.</source>
        <translation>无法写入 %1（该文件或其所在文件夹为只读）：更改未保存。</translation>
    </message>
    <message>
        <source>%1 is busy: another program (Summit, summit-cli or a sync) has been writing to it for %2 seconds. Nothing was changed; try again in a moment.</source>
        <translation>%1 正忙：另一个程序（Summit、summit-cli 或同步）已持续写入该文件 %2 秒。未做任何更改；请稍后重试。</translation>
    </message>
    <message>
        <source>Summit could not write to %1 (a disk error). Nothing was changed; check the disk, then save again.</source>
        <translation>Summit 无法写入 %1（磁盘错误）。未做任何更改；请检查磁盘，然后重新保存。</translation>
    </message>
    <message>
        <source>%1 is damaged, so the change was not saved. Restore the file from a backup.</source>
        <translation>%1 已损坏，因此更改未保存。请从备份恢复该文件。</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite cannot read it (&quot;%2&quot;). Summit does not open it, so that nothing more is lost.</source>
        <translation>%1 已损坏：SQLite 无法读取（“%2”）。为避免丢失更多数据，Summit 不会打开它。</translation>
    </message>
    <message>
        <source>%1 is locked by another program, which has held it for %2 seconds. Close that program, then try again.</source>
        <translation>%1 被另一个程序锁定，已持续 %2 秒。请关闭该程序，然后重试。</translation>
    </message>
    <message>
        <source>Summit cannot open %1: %2</source>
        <translation>Summit 无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the new database %2.</source>
        <translation>无法为新数据库 %2 创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 is read-only.</source>
        <translation>无法创建数据库 %1：文件夹 %2 为只读。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1（另有 %n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so there is no database %2 in it.</source>
        <translation>文件夹 %1 不存在，因此其中没有数据库 %2。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>You do not have permission to read %1.</source>
        <translation>您没有读取 %1 的权限。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): there is no Summit data in it.</source>
        <translation>%1 为空（0 字节）：其中没有 Summit 数据。</translation>
    </message>
    <message>
        <source>Summit cannot read %1: %2</source>
        <translation>Summit 无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Summit database: it is not a database file at all. It may be damaged, or a different kind of file.</source>
        <translation>%1 不是 Summit 数据库：它根本不是数据库文件，可能已损坏，或是其他类型的文件。</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema version cannot be read.</source>
        <translation>%1 已损坏：无法读取其数据库结构版本。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Summit (schema %2; this version knows up to %3). This version does not open it, so that nothing in it is changed or misread.</source>
        <translation>%1 由更新版本的 Summit 保存（数据库结构版本 %2；当前版本最高支持 %3）。为避免其中的内容被更改或误读，当前版本不会打开它。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Summit database.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 Summit 数据库。</translation>
    </message>
    <message>
        <source>%1 is an empty database: there is no Summit data in it.</source>
        <translation>%1 是空数据库：其中没有 Summit 数据。</translation>
    </message>
    <message>
        <source>%1 was saved by an older version of Summit and must be upgraded before it is opened, but it is read-only.</source>
        <translation>%1 由旧版本的 Summit 保存，打开前必须升级，但它是只读的。</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s check found &quot;%2&quot;. Summit does not open it, so that nothing more is lost.</source>
        <translation>%1 已损坏：SQLite 检查发现“%2”。为避免丢失更多数据，Summit 不会打开它。</translation>
    </message>
    <message>
        <source>%1 (part %2)</source>
        <translation>%1（第 %2 部分）</translation>
    </message>
    <message>
        <source>Demo data: team</source>
        <translation>演示数据：团队</translation>
    </message>
    <message>
        <source>Demo data: %1</source>
        <translation>演示数据：%1</translation>
    </message>
    <message>
        <source>same credit code</source>
        <translation>信用代码相同</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>手机相同</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
    <message>
        <source>Nobody on the team covers %1 (economic buyer); assign someone to build the relationship.</source>
        <translation>团队中无人覆盖%1（经济决策者）；请指派专人建立关系。</translation>
    </message>
    <message>
        <source>Nobody on the team covers %1 (economic buyer); %2 (account manager) should build the relationship.</source>
        <translation>团队中无人覆盖%1（经济决策者）；应由%2（客户经理）建立关系。</translation>
    </message>
    <message>
        <source>No economic buyer is known at %1: nobody is recorded as the one who approves the budget.</source>
        <translation>%1尚无已知的经济决策者：没有记录负责审批预算的人。</translation>
    </message>
    <message>
        <source>No economic buyer is known at %1: %2 has left.</source>
        <translation>%1尚无已知的经济决策者：%2已离职。</translation>
    </message>
    <message>
        <source>%1 (economic buyer) has never been contacted: no follow-up names them.</source>
        <translation>%1（经济决策者）从未联系过：没有任何跟进记录涉及此人。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (economic buyer) has not been contacted for %n day(s).</source>
        <translation>
            <numerusform>%1（经济决策者）已有 %n 天未联系。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (influence %2 of 5) opposes us and can block the decision.</source>
        <translation>%1（影响力 %2/5）反对我方，且能够阻挠决策。</translation>
    </message>
    <message>
        <source>%1 (influence %2 of 5) opposes us.</source>
        <translation>%1（影响力 %2/5）反对我方。</translation>
    </message>
    <message>
        <source>%1 (influence %2 of 5) can block the decision.</source>
        <translation>%1（影响力 %2/5）能够阻挠决策。</translation>
    </message>
    <message numerus="yes">
        <source>No contact has been engaged in the last %n day(s).</source>
        <translation>
            <numerusform>最近 %n 天内未与任何联系人互动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 has been engaged in the last %n day(s); the relationship hangs on one person.</source>
        <translation>
            <numerusform>最近 %n 天内仅与%1有过互动；客户关系系于一人（单线联系）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is known at %1 (subsidiary) or any unit under it.</source>
        <translation>%1（子公司）及其下属单元中没有任何已知联系人。</translation>
    </message>
    <message>
        <source>Opportunity %1 has no buying center yet, so no champion.</source>
        <translation>商机“%1”尚未录入采购角色，因此没有内线。</translation>
    </message>
    <message>
        <source>Opportunity %1 has no champion in its buying center.</source>
        <translation>商机“%1”的采购角色中没有内线。</translation>
    </message>
    <message>
        <source>There is no account with id %1.</source>
        <translation>没有 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>The team wants a %1 relationship with %2; the best today is %3.</source>
        <translation>团队希望与 %2 建立“%1”级关系；目前最好的是“%3”。</translation>
    </message>
    <message numerus="yes">
        <source>%n org units</source>
        <translation>
            <numerusform>%n 个组织单元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunities</source>
        <translation>
            <numerusform>%n 个商机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups</source>
        <translation>
            <numerusform>%n 条跟进记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-units move up to the parent unit</source>
        <translation>
            <numerusform>%n 个下级单元上移到上级单元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people move up to the parent unit</source>
        <translation>
            <numerusform>%n 人上移到上级单元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people who reported to them now report to their manager</source>
        <translation>
            <numerusform>原向其汇报的 %n 人改为向其上级汇报</numerusform>
        </translation>
    </message>
    <message>
        <source>No coverage</source>
        <translation>无人覆盖</translation>
    </message>
    <message>
        <source>Account %1 has no opportunity with id %2.</source>
        <translation>客户 %1 没有 ID 为 %2 的商机。</translation>
    </message>
    <message>
        <source>There is no team member with id %1.</source>
        <translation>没有 ID 为 %1 的团队成员。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the operation log: %1</source>
        <translation>无法读取操作日志：%1</translation>
    </message>
    <message>
        <source>Cannot rebuild the past state of %1: %2</source>
        <translation>无法重建 %1 的历史状态：%2</translation>
    </message>
    <message>
        <source>Account %1 did not exist on %2.</source>
        <translation>%2 时客户 %1 不存在。</translation>
    </message>
    <message>
        <source>No start date given for the changes.</source>
        <translation>未指定变更的起始日期。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>left</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>back</source>
        <translation>复职</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>stance changed</source>
        <translation>立场变更</translation>
    </message>
    <message>
        <source>role changed</source>
        <translation>角色变更</translation>
    </message>
    <message>
        <source>influence changed</source>
        <translation>影响力变更</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>调动</translation>
    </message>
    <message>
        <source>new unit</source>
        <translation>新增单元</translation>
    </message>
    <message>
        <source>unit removed</source>
        <translation>移除单元</translation>
    </message>
    <message>
        <source>unit moved</source>
        <translation>移动单元</translation>
    </message>
    <message>
        <source>new link</source>
        <translation>新增影响关系</translation>
    </message>
    <message>
        <source>link removed</source>
        <translation>移除影响关系</translation>
    </message>
    <message>
        <source>link changed</source>
        <translation>影响关系变更</translation>
    </message>
    <message>
        <source>Schema step failed (%1): %2</source>
        <translation>数据库结构升级步骤失败（%1）：%2</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>将数据库升级到结构版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>无法读取 %1 的数据库结构版本。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Summit (schema %2; this version knows up to %3). Update Summit to open it.</source>
        <translation>%1 由更新版本的 Summit 写入（数据库结构版本 %2；当前版本最高支持 %3）。请升级 Summit 后再打开。</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Summit database.</source>
        <translation>%1 是 SQLite 数据库，但不是 Summit 数据库。</translation>
    </message>
    <message>
        <source>%1 is empty and read-only: there is no Summit data in it to show.</source>
        <translation>%1 为空且只读：其中没有可显示的 Summit 数据。</translation>
    </message>
    <message>
        <source>%1 was saved by an older version of Summit and must be upgraded before it is opened, but it is read-only. Copy it to a folder you can write to and open the copy.</source>
        <translation>%1 由旧版本的 Summit 保存，打开前必须升级，但它是只读的。请将其复制到有写入权限的文件夹，然后打开该副本。</translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot;.</source>
        <translation>未知的记录类型“%1”。</translation>
    </message>
    <message>
        <source>%1 records do not belong to an account.</source>
        <translation>%1记录不归属于任何客户。</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>%1没有字段“%2”。</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; to sort by.</source>
        <translation>%1没有可用于排序的字段“%2”。</translation>
    </message>
    <message>
        <source>%1 records have no owner.</source>
        <translation>%1记录没有负责人。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>expected a whole number, got &quot;%1&quot;.</source>
        <translation>应为整数，实际为“%1”。</translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3.</source>
        <translation>应介于 %1 和 %2 之间，实际为 %3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <comment>a stored value outside a field&apos;s choices</comment>
        <translation>“%1”不是有效值，可选值为：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC time of the form YYYY-MM-DDTHH:MM:SS.sssZ.</source>
        <translation>“%1”不是 YYYY-MM-DDTHH:MM:SS.sssZ 格式的 UTC 时间。</translation>
    </message>
    <message>
        <source>expected a JSON list of ids.</source>
        <translation>应为由 ID 组成的 JSON 数组。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code such as CNY.</source>
        <translation>“%1”不是三位字母的币种代码（如 CNY）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount such as 1234.50.</source>
        <translation>“%1”不是有效的金额（如 1234.50）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than the currency allows.</source>
        <translation>“%1”的小数位数超出了该币种允许的位数。</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Solution architect</source>
        <translation>解决方案架构师</translation>
    </message>
    <message>
        <source>Delivery expert</source>
        <translation>交付专家</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>团队主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小型</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大型</translation>
    </message>
    <message>
        <source>Giant</source>
        <translation>特大型</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Nurturing</source>
        <translation>培育</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>上线交付</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Expansion / renewal</source>
        <translation>增购/续约</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>口碑推荐</translation>
    </message>
    <message>
        <source>Qualify</source>
        <translation>资格确认</translation>
    </message>
    <message>
        <source>Develop</source>
        <translation>需求挖掘</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiate</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>签约承诺</translation>
    </message>
    <message>
        <source>Group HQ</source>
        <translation>集团总部</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>事业部</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Subsidiary</source>
        <translation>子公司</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>工厂</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Influences</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Trusts</source>
        <translation>信任</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>指导</translation>
    </message>
    <message>
        <source>Rivals</source>
        <translation>对立</translation>
    </message>
    <message>
        <source>Economic buyer</source>
        <translation>经济决策者</translation>
    </message>
    <message>
        <source>Technical buyer</source>
        <translation>技术决策者</translation>
    </message>
    <message>
        <source>Financial approver</source>
        <translation>财务审批人</translation>
    </message>
    <message>
        <source>User buyer</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <source>Champion / coach</source>
        <translation>内线/教练</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>把关者</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>阻碍者</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>坚定支持</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>Skeptic</source>
        <translation>怀疑</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果导向</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术导向</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格导向</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系导向</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险导向</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Left the company</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>初识</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>工作关系</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>信任</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Executive visit</source>
        <translation>高层拜访</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>账期（天）</translation>
    </message>
    <message>
        <source>Invoice title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户行</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Strategy notes</source>
        <translation>客户策略</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>上级单元</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Org unit</source>
        <translation>组织单元</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation>决策角色</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>Decision orientation</source>
        <translation>决策倾向</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Desired level</source>
        <translation>目标关系</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>赢率（%）</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>丢单原因</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Next action due</source>
        <translation>下一步行动截止日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单元名称</translation>
    </message>
    <message>
        <source>Influence link</source>
        <translation>影响关系</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>关系覆盖</translation>
    </message>
    <message>
        <source>Buying-center role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Mid-sized</source>
        <translation>中型</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>From contact</source>
        <translation>起始联系人</translation>
    </message>
    <message>
        <source>To contact</source>
        <translation>目标联系人</translation>
    </message>
    <message>
        <source>Current level</source>
        <translation>当前关系</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key: use a-z first, then a-z, 0-9 or _, at most 40.</source>
        <translation>“%1”不是有效的键：须以 a-z 开头，其后为 a-z、0-9 或 _，最多 40 个字符。</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Choice list</source>
        <translation>选项列表</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>Several lines of text</source>
        <translation>多行文本</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>标签（英文）</translation>
    </message>
    <message>
        <source>Label (Chinese)</source>
        <translation>标签（中文）</translation>
    </message>
    <message>
        <source>Type of value</source>
        <translation>值类型</translation>
    </message>
    <message>
        <source>Choices (one per line)</source>
        <translation>选项（每行一个）</translation>
    </message>
    <message>
        <source>Required (1 = yes)</source>
        <translation>必填（1 = 是）</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Only in the form</source>
        <translation>仅在表单中</translation>
    </message>
    <message>
        <source>In the form and as a column in lists</source>
        <translation>在表单中，并作为列表的一列</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>显示位置</translation>
    </message>
    <message>
        <source>Search for &quot;%1&quot; failed: %2</source>
        <translation>搜索“%1”失败：%2</translation>
    </message>
    <message>
        <source>Cannot update the search index: %1</source>
        <translation>无法更新搜索索引：%1</translation>
    </message>
    <message>
        <source>No account given for the timeline.</source>
        <translation>未指定时间线对应的客户。</translation>
    </message>
    <message>
        <source>There is nothing before the @ sign.</source>
        <translation>@ 符号前缺少内容。</translation>
    </message>
    <message>
        <source>The part before the @ sign is longer than 64 characters.</source>
        <translation>@ 符号前的部分超过 64 个字符。</translation>
    </message>
    <message>
        <source>The part before the @ sign cannot start or end with a dot.</source>
        <translation>@ 符号前的部分不能以点号开头或结尾。</translation>
    </message>
    <message>
        <source>The part before the @ sign cannot contain two dots in a row.</source>
        <translation>@ 符号前的部分不能包含连续的两个点号。</translation>
    </message>
    <message>
        <source>The character “%1” is not allowed in an email address.</source>
        <translation>邮箱地址中不允许使用字符“%1”。</translation>
    </message>
    <message>
        <source>There is nothing after the @ sign.</source>
        <translation>@ 符号后缺少内容。</translation>
    </message>
    <message>
        <source>Use a plain dot “.” instead of “%1” in the domain.</source>
        <translation>域名中请使用半角点号“.”，而不是“%1”。</translation>
    </message>
    <message>
        <source>The domain cannot start or end with a dot.</source>
        <translation>域名不能以点号开头或结尾。</translation>
    </message>
    <message>
        <source>The domain “%1” needs a dot, as in example.com.</source>
        <translation>域名“%1”中需要有点号，例如 example.com。</translation>
    </message>
    <message>
        <source>The domain cannot contain two dots in a row.</source>
        <translation>域名不能包含连续的两个点号。</translation>
    </message>
    <message>
        <source>The character “%1” is not allowed in a domain name.</source>
        <translation>域名中不允许使用字符“%1”。</translation>
    </message>
    <message>
        <source>“%1” in the domain cannot start or end with a hyphen.</source>
        <translation>域名中的“%1”不能以连字符开头或结尾。</translation>
    </message>
    <message>
        <source>The domain “%1” does not end in a top-level domain such as .com or .cn.</source>
        <translation>域名“%1”未以顶级域名（如 .com 或 .cn）结尾。</translation>
    </message>
    <message>
        <source>The domain “%1” is not a valid domain name.</source>
        <translation>“%1”不是有效的域名。</translation>
    </message>
    <message>
        <source>The domain “%1” is too long.</source>
        <translation>域名“%1”过长。</translation>
    </message>
    <message>
        <source>The area code %1 is incomplete; area codes look like 010 or 0571.</source>
        <translation>区号 %1 不完整；区号形如 010 或 0571。</translation>
    </message>
    <message>
        <source>The number after the area code %1 is missing.</source>
        <translation>区号 %1 之后缺少号码。</translation>
    </message>
    <message>
        <source>After the area code %1 there should be 8 digits, not %2.</source>
        <translation>区号 %1 之后应为 8 位号码，而不是 %2 位。</translation>
    </message>
    <message>
        <source>After the area code %1 there should be 7 or 8 digits, not %2.</source>
        <translation>区号 %1 之后应为 7 位或 8 位号码，而不是 %2 位。</translation>
    </message>
    <message>
        <source>Mobile numbers start with 13 to 19, not %1.</source>
        <translation>手机号码应以 13～19 开头，而不是 %1。</translation>
    </message>
    <message>
        <source>A landline number needs its area code, as in 010-12345678.</source>
        <translation>座机号码需要带区号，例如 010-12345678。</translation>
    </message>
    <message>
        <source>Mainland numbers start with 1 (mobile), 0 (area code), 400 or 800; write numbers from other countries with + and the country code.</source>
        <translation>中国大陆号码以 1（手机）、0（区号）、400 或 800 开头；其他国家或地区的号码请以“+国家代码”开头填写。</translation>
    </message>
    <message>
        <source>A mobile number cannot have an extension.</source>
        <translation>手机号码不能带分机号。</translation>
    </message>
    <message>
        <source>The extension number is missing.</source>
        <translation>缺少分机号。</translation>
    </message>
    <message>
        <source>The extension should be 1 to 6 digits, not “%1”.</source>
        <translation>分机号应为 1～6 位数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>A + sign is only allowed at the start, before the country code.</source>
        <translation>+ 号只能出现在开头，即国家代码之前。</translation>
    </message>
    <message>
        <source>The character “%1” is not allowed in a phone number.</source>
        <translation>电话号码中不允许使用字符“%1”。</translation>
    </message>
    <message>
        <source>A phone number needs digits.</source>
        <translation>电话号码中需要有数字。</translation>
    </message>
    <message>
        <source>A country code such as 86 or 1 should follow + or 00.</source>
        <translation>+ 或 00 之后应为国家代码，例如 86 或 1。</translation>
    </message>
    <message>
        <source>The number after the country code +%1 is missing.</source>
        <translation>国家代码 +%1 之后缺少号码。</translation>
    </message>
    <message>
        <source>After the country code +%1 there should be 6 to %2 digits, not %3.</source>
        <translation>国家代码 +%1 之后应为 6～%2 位数字，而不是 %3 位。</translation>
    </message>
    <message>
        <source>The character “%1” at position %2 is not allowed; credit codes use digits and capital letters except I, O, S, V and Z.</source>
        <translation>第 %2 位的字符“%1”无效；统一社会信用代码只使用数字和大写字母（不含 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <source>Positions 3 to 8 are the administrative division code and must be digits, but position %1 is “%2”.</source>
        <translation>第 3～8 位为行政区划代码，必须是数字，但第 %1 位是“%2”。</translation>
    </message>
    <message>
        <source>The check character (the last one) should be %1, not %2; a character is probably mistyped.</source>
        <translation>统一社会信用代码的校验位（最后一位）应为 %1，而不是 %2；可能有字符输入错误。</translation>
    </message>
    <message>
        <source>Use the plain @ sign instead of the full-width ＠.</source>
        <translation>请使用半角 @ 符号，而不是全角“＠”。</translation>
    </message>
    <message>
        <source>An email address cannot contain spaces.</source>
        <translation>邮箱地址不能包含空格。</translation>
    </message>
    <message>
        <source>An email address needs an @ sign, as in name@example.com.</source>
        <translation>邮箱地址中需要有 @ 符号，例如 name@example.com。</translation>
    </message>
    <message>
        <source>This is a landline number; a mobile number is needed.</source>
        <translation>这是座机号码；此处需要填写手机号码。</translation>
    </message>
    <message>
        <source>This is a 400/800 service number, not a mobile number.</source>
        <translation>这是 400/800 服务号码，不是手机号码。</translation>
    </message>
    <message>
        <source>No record with id %1.</source>
        <translation>没有 ID 为 %1 的记录。</translation>
    </message>
    <message>
        <source>%1: this would make the record its own ancestor.</source>
        <translation>%1：这会使该记录成为其自身的上级。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record id.</source>
        <translation>“%1”不是记录 ID。</translation>
    </message>
    <message>
        <source>Nothing to change on %1.</source>
        <translation>%1 没有需要修改的内容。</translation>
    </message>
    <message>
        <source>A move changes exactly one parent field.</source>
        <translation>移动操作只能修改一个上级字段。</translation>
    </message>
    <message>
        <source>%1: a record cannot move to another account.</source>
        <translation>%1：记录不能移到其他客户下。</translation>
    </message>
    <message>
        <source>%1: no %2 with id %3.</source>
        <translation>%1：没有 ID 为 %3 的%2。</translation>
    </message>
    <message>
        <source>%1: %2 belongs to another account.</source>
        <translation>%1：“%2”属于其他客户。</translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot; in operation %2.</source>
        <translation>操作 %2 中的记录类型“%1”未知。</translation>
    </message>
    <message>
        <source>Cannot write the operation log: %1</source>
        <translation>无法写入操作日志：%1</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; (operation %3).</source>
        <translation>%1没有字段“%2”（操作 %3）。</translation>
    </message>
    <message>
        <source>Cannot update %1 %2: %3</source>
        <translation>无法更新%1 %2：%3</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销“%1”</translation>
    </message>
    <message>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>无法撤销“%1”：%2</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>没有可重做的操作。</translation>
    </message>
    <message>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>无法重做“%1”：%2</translation>
    </message>
    <message>
        <source>%1: %2 has left the team.</source>
        <translation>%1：%2 已离开团队。</translation>
    </message>
    <message>
        <source>%1: %2 already has the credit code %3.</source>
        <translation>%1：%2 已使用信用代码 %3。</translation>
    </message>
    <message>
        <source>%1: a custom field keeps its key and record type; add a new field instead.</source>
        <translation>%1：自定义字段的键和记录类型不能更改；请新建一个字段。</translation>
    </message>
    <message>
        <source>Key: %1 already has a field &quot;%2&quot;.</source>
        <translation>键：%1 已有字段“%2”。</translation>
    </message>
    <message>
        <source>Key: the custom field %1 already uses the key &quot;%2&quot;.</source>
        <translation>键：自定义字段 %1 已使用键“%2”。</translation>
    </message>
    <message>
        <source>%1 is open read-only, so this change was not saved. To make changes, copy the file to a folder you can write to and open the copy.</source>
        <translation>%1 以只读方式打开，因此此更改未保存。如需修改，请将文件复制到有写入权限的文件夹，然后打开该副本。</translation>
    </message>
    <message>
        <source>Cannot export &quot;%1&quot;; expected one of: %2.</source>
        <translation>无法导出“%1”；应为以下之一：%2。</translation>
    </message>
    <message>
        <source>There is no account with the id &quot;%1&quot;.</source>
        <translation>没有 ID 为“%1”的客户。</translation>
    </message>
    <message>
        <source>Org units</source>
        <translation>组织单元</translation>
    </message>
    <message>
        <source>Cannot write %1: no room for temporary files.</source>
        <translation>无法写入 %1：没有空间存放临时文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: the sheet name &quot;%2&quot; is refused.</source>
        <translation>无法写入 %1：工作表名称“%2”无效。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 columns do not fit in one Excel sheet.</source>
        <translation>无法写入 %1：%2 列超出了单张 Excel 工作表的容量。</translation>
    </message>
    <message>
        <source>Cannot write %1: more than %L2 rows do not fit in one Excel sheet; export fewer (one account) or write CSV.</source>
        <translation>无法写入 %1：一张 Excel 工作表放不下超过 %L2 行；请减少导出内容（只导出一个客户）或改为导出 CSV。</translation>
    </message>
    <message>
        <source>Cannot write %1: row %2, column %3 holds %L4 characters; an Excel cell holds at most %L5. Write CSV instead.</source>
        <translation>无法写入 %1：第 %2 行第 %3 列包含 %L4 个字符；一个 Excel 单元格最多容纳 %L5 个字符。请改为导出 CSV。</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows, the most Summit reads from one file. Split the file, or import fewer rows at a time.</source>
        <translation>%1 超过 %2 行，这是 Summit 从一个文件读取的上限。请拆分文件，或每次导入更少的行。</translation>
    </message>
    <message>
        <source>The text in row %1, column %2 (line %3) of %4 is longer than %5 characters, the most Summit reads from one cell.</source>
        <translation>%4 第 %1 行第 %2 列（第 %3 行文本）的内容超过 %5 个字符，这是 Summit 从一个单元格读取的上限。</translation>
    </message>
    <message>
        <source>Its quotation mark on line %1 may never be closed.</source>
        <translation>第 %1 行的引号可能没有闭合。</translation>
    </message>
    <message>
        <source>Row %1 (line %2) of %3 has more than %4 columns, the most Summit reads.</source>
        <translation>%3 第 %1 行（第 %2 行文本）超过 %4 列，这是 Summit 读取的上限。</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>已取消读取 %1。</translation>
    </message>
    <message>
        <source>%1 ends inside a quoted field that starts on line %2: its quotation mark is never closed.</source>
        <translation>%1 在第 %2 行开始的带引号字段中结束：该引号没有闭合。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>A quotation mark or a line break cannot separate the fields of %1. Choose a comma, a semicolon or a tab.</source>
        <translation>引号或换行符不能用作 %1 的分隔符。请选择逗号、分号或制表符。</translation>
    </message>
    <message>
        <source>%1 cannot be read again from its start.</source>
        <translation>无法从头重新读取 %1。</translation>
    </message>
    <message>
        <source>%1 has no sheet number %2.</source>
        <translation>%1 没有第 %2 个工作表。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor GB18030 text: line %2 holds bytes that are neither. Save it as “CSV UTF-8” and import it again.</source>
        <translation>%1 既不是 UTF-8 也不是 GB18030 文本：第 %2 行含有两者都无法识别的字节。请另存为“CSV UTF-8”后重新导入。</translation>
    </message>
    <message>
        <source>%1 is not %2 text: line %3 holds bytes that are not %2. Choose the file&apos;s encoding, or save it as “CSV UTF-8”.</source>
        <translation>%1 不是 %2 文本：第 %3 行含有不属于 %2 的字节。请选择文件的实际编码，或另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>%1 is empty: it has no rows with values.</source>
        <translation>%1 是空的：没有含有数据的行。</translation>
    </message>
    <message>
        <source>There is no sheet named “%1”.</source>
        <translation>没有名为“%1”的工作表。</translation>
    </message>
    <message>
        <source>“%1” is not an encoding Summit reads. Choose UTF-8, GB18030, GBK, UTF-16LE or UTF-16BE.</source>
        <translation>Summit 不支持“%1”编码。请选择 UTF-8、GB18030、GBK、UTF-16LE 或 UTF-16BE。</translation>
    </message>
    <message>
        <source>%1 is not a text file: it holds binary data. Choose a CSV or an XLSX file.</source>
        <translation>%1 不是文本文件：其中含有二进制数据。请选择 CSV 或 XLSX 文件。</translation>
    </message>
    <message>
        <source>A document type declaration is not allowed here.</source>
        <translation>此处不允许出现文档类型声明。</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 is not well-formed XML (line %3, column %4: %5).</source>
        <translation>%1 已损坏：部件 %2 不是格式正确的 XML（第 %3 行第 %4 列：%5）。</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook: it has no workbook part (%2). It may be a Word or PowerPoint file, or another kind of zip archive.</source>
        <translation>%1 不是 XLSX 工作簿：缺少工作簿部件（%2）。它可能是 Word 或 PowerPoint 文件，或其他类型的 zip 压缩包。</translation>
    </message>
    <message>
        <source>%1 has no sheets.</source>
        <translation>%1 没有工作表。</translation>
    </message>
    <message>
        <source>%1 is password-protected or not an XLSX file (it may be an Excel 97-2003 workbook). Remove the password, or save it as .xlsx, and import it again.</source>
        <translation>%1 受密码保护，或不是 XLSX 文件（可能是 Excel 97-2003 工作簿）。请去掉密码或另存为 .xlsx 后重新导入。</translation>
    </message>
    <message>
        <source>%1 is not an XLSX file: it is not a zip archive.</source>
        <translation>%1 不是 XLSX 文件：它不是 zip 压缩包。</translation>
    </message>
    <message>
        <source>Reading the sheet “%1” of %2 was cancelled.</source>
        <translation>已取消读取 %2 中的工作表“%1”。</translation>
    </message>
    <message>
        <source>The sheet “%1” of %2 is empty: it has no rows with values.</source>
        <translation>%2 中的工作表“%1”是空的：没有含有数据的行。</translation>
    </message>
    <message>
        <source>The sheet “%1” of %2 has more than %3 rows, the most Summit reads from one sheet. Split the file, or import fewer rows at a time.</source>
        <translation>%2 中的工作表“%1”超过 %3 行，这是 Summit 从一个工作表读取的上限。请拆分文件，或每次导入更少的行。</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet “%2” has a row numbered “%3”.</source>
        <translation>%1 已损坏：工作表“%2”中有一行的行号为“%3”。</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet “%2” has rows past row %3.</source>
        <translation>%1 已损坏：工作表“%2”中有超出第 %3 行的行。</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet “%2” has a cell named “%3” in row %4.</source>
        <translation>%1 已损坏：工作表“%2”第 %4 行中有名为“%3”的单元格。</translation>
    </message>
    <message>
        <source>Cell %1 of the sheet “%2” in %3 is past column %4, the last one Summit reads.</source>
        <translation>%3 中工作表“%2”的单元格 %1 超出了 %4 列，这是 Summit 读取的最后一列。</translation>
    </message>
    <message>
        <source>The text in cell %1 of the sheet “%2” in %3 is longer than %4 characters, the most Summit reads from one cell.</source>
        <translation>%3 中工作表“%2”的单元格 %1 的内容超过 %4 个字符，这是 Summit 从一个单元格读取的上限。</translation>
    </message>
    <message>
        <source>The formula =%1 in cell %2 of the sheet “%3” in %4 has no saved result, so the cell was read as empty. Open the file in Excel or LibreOffice and save it again to keep the results.</source>
        <translation>%4 中工作表“%3”单元格 %2 的公式 =%1 没有保存计算结果，因此按空单元格读取。请用 Excel 或 LibreOffice 打开并重新保存文件，以保留计算结果。</translation>
    </message>
    <message>
        <source>%1 is damaged: cell %2 of the sheet “%3” refers to shared text number %4, which the file does not hold.</source>
        <translation>%1 已损坏：工作表“%3”的单元格 %2 引用了第 %4 号共享文本，但文件中没有该文本。</translation>
    </message>
    <message>
        <source>%1 is damaged: cell %2 of the sheet “%3” holds “%4” where a number belongs.</source>
        <translation>%1 已损坏：工作表“%3”的单元格 %2 应为数字，却是“%4”。</translation>
    </message>
    <message>
        <source>The sheet “%1” of %2 holds no table: it is a chart or macro sheet, or its part is missing.</source>
        <translation>%2 中的工作表“%1”不含表格：它是图表或宏表，或者其部件缺失。</translation>
    </message>
    <message>
        <source>The sheet “%1” of %2 has more than %3 merged ranges, more than Summit reads.</source>
        <translation>%2 中的工作表“%1”有超过 %3 个合并区域，超出了 Summit 的读取上限。</translation>
    </message>
    <message>
        <source>%1 is not an XLSX file, or it is damaged: it is not a readable zip archive.</source>
        <translation>%1 不是 XLSX 文件，或已损坏：它不是可读取的 zip 压缩包。</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of contents cannot be read.</source>
        <translation>%1 已损坏：无法读取其内容目录。</translation>
    </message>
    <message>
        <source>%1 is not an XLSX file: it is an empty zip archive.</source>
        <translation>%1 不是 XLSX 文件：它是一个空的 zip 压缩包。</translation>
    </message>
    <message>
        <source>%1 is not an XLSX file: it holds more than %2 files.</source>
        <translation>%1 不是 XLSX 文件：其中的文件超过 %2 个。</translation>
    </message>
    <message>
        <source>%1 is not a complete XLSX file: the part %2 is missing.</source>
        <translation>%1 不是完整的 XLSX 文件：缺少部件 %2。</translation>
    </message>
    <message>
        <source>%1 is password-protected: the part %2 is encrypted.</source>
        <translation>%1 受密码保护：部件 %2 已加密。</translation>
    </message>
    <message>
        <source>%1 is damaged, or compressed in a way Summit cannot read: the part %2 cannot be opened.</source>
        <translation>%1 已损坏，或使用了 Summit 无法读取的压缩方式：无法打开部件 %2。</translation>
    </message>
    <message>
        <source>%1 was refused: its part %2 unpacks to more than %3, the limit for one part. The file may be a zip bomb.</source>
        <translation>已拒绝 %1：其部件 %2 解压后超过 %3，这是单个部件的上限。该文件可能是压缩炸弹。</translation>
    </message>
    <message>
        <source>%1 was refused: it unpacks to more than %2, the limit for one file. The file may be a zip bomb.</source>
        <translation>已拒绝 %1：解压后超过 %2，这是单个文件的上限。该文件可能是压缩炸弹。</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 cannot be unpacked.</source>
        <translation>%1 已损坏：无法解压部件 %2。</translation>
    </message>
    <message>
        <source>Account (name or credit code)</source>
        <translation>客户（名称或信用代码）</translation>
    </message>
    <message>
        <source>Parent company or unit</source>
        <translation>上级公司或单位</translation>
    </message>
    <message>
        <source>Group (the account at the top)</source>
        <translation>所属集团（最上层的客户）</translation>
    </message>
    <message>
        <source>Org unit (name)</source>
        <translation>组织单位（名称）</translation>
    </message>
    <message>
        <source>Reports to (name)</source>
        <translation>汇报对象（姓名）</translation>
    </message>
    <message>
        <source>there is no team member named &quot;%1&quot;.</source>
        <translation>团队中没有名为“%1”的成员。</translation>
    </message>
    <message>
        <source>%1 is empty; it is required.</source>
        <translation>%1 为空；该字段必填。</translation>
    </message>
    <message>
        <source>%1; nothing new</source>
        <translation>%1；没有新内容</translation>
    </message>
    <message>
        <source>the parent companies loop back to this one.</source>
        <translation>上级公司形成了循环，又回到了这一家。</translation>
    </message>
    <message>
        <source>the same company as row %1</source>
        <translation>与第 %1 行是同一家公司</translation>
    </message>
    <message>
        <source>its parent company, row %1, has errors.</source>
        <translation>其上级公司（第 %1 行）有错误。</translation>
    </message>
    <message>
        <source>same credit code as %1</source>
        <translation>与 %1 的信用代码相同</translation>
    </message>
    <message>
        <source>same name as %1</source>
        <translation>与 %1 名称相同</translation>
    </message>
    <message>
        <source>same name under the same parent: %1</source>
        <translation>同一上级下名称相同：%1</translation>
    </message>
    <message>
        <source>no account is named.</source>
        <translation>没有填写客户。</translation>
    </message>
    <message>
        <source>there is no account named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的客户。</translation>
    </message>
    <message>
        <source>%1 has no org unit named &quot;%2&quot;.</source>
        <translation>%1 没有名为“%2”的组织单位。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one org unit; name the account too.</source>
        <translation>“%1”对应多个组织单位；请同时填写客户。</translation>
    </message>
    <message>
        <source>same mobile as %1</source>
        <translation>与 %1 的手机相同</translation>
    </message>
    <message>
        <source>same email as %1</source>
        <translation>与 %1 的邮箱相同</translation>
    </message>
    <message>
        <source>same name in the same unit: %1</source>
        <translation>同一单位中姓名相同：%1</translation>
    </message>
    <message>
        <source>nobody named &quot;%1&quot; works at %2; the link was left out.</source>
        <translation>%2 没有名为“%1”的人；未建立汇报关系。</translation>
    </message>
    <message>
        <source>%1 people are named &quot;%2&quot; at %3; the link was left out.</source>
        <translation>%3 有 %1 人名为“%2”；未建立汇报关系。</translation>
    </message>
    <message>
        <source>the same follow-up is already there</source>
        <translation>相同的跟进记录已存在</translation>
    </message>
    <message>
        <source>an opportunity of that name is already there</source>
        <translation>同名商机已存在</translation>
    </message>
    <message>
        <source>Cannot import &quot;%1&quot;; expected one of: %2.</source>
        <translation>无法导入“%1”；应为以下之一：%2。</translation>
    </message>
    <message>
        <source>No column is mapped to %1; it is required.</source>
        <translation>没有列对应到 %1；该字段必填。</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>The mapping&apos;s type &quot;%1&quot; is not one of: %2.</source>
        <translation>映射的类型“%1”不是以下之一：%2。</translation>
    </message>
    <message>
        <source>The mapping has no &quot;columns&quot;.</source>
        <translation>映射中没有“columns”。</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>已新建 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>已更新 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>将新建 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>将更新 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>跳过 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out with errors</source>
        <translation>
            <numerusform>%n 条有错误未导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n 条有错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n records the rows imply (groups, head offices)</source>
        <translation>
            <numerusform>另有 %n 条由各行推断出的记录（集团、总部）</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping has more columns than %1.</source>
        <translation>映射的列数多于 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n rows have errors.</source>
        <translation>
            <numerusform>未导入任何内容：%n 行有错误。</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1 不是日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as 2026-01-05, 2026/1/5 or 2026年1月5日).</source>
        <translation>“%1”不是日期（请写成 2026-01-05、2026/1/5 或 2026年1月5日）。</translation>
    </message>
    <message>
        <source>%1 is not an amount.</source>
        <translation>%1 不是金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (write it as 1234.50, ¥1,234.50, 12.5万 or 1234元).</source>
        <translation>“%1”不是金额（请写成 1234.50、¥1,234.50、12.5万 或 1234元）。</translation>
    </message>
    <message>
        <source>%1 is too large an amount.</source>
        <translation>%1 金额过大。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <comment>an imported cell outside a field&apos;s choices</comment>
        <translation>“%1”不是以下之一：%2。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no sheet named &quot;%2&quot;; it has: %3.</source>
        <translation>%1 中没有名为“%2”的工作表；现有：%3。</translation>
    </message>
    <message>
        <source>%1 has no rows.</source>
        <translation>%1 没有任何行。</translation>
    </message>
    <message>
        <source>Hidden rows are imported like the others: %1.</source>
        <translation>隐藏的行与其他行一样会被导入：%1。</translation>
    </message>
    <message>
        <source>Hidden columns are imported like the others: %1.</source>
        <translation>隐藏的列与其他列一样会被导入：%1。</translation>
    </message>
    <message>
        <source>Cells holding a formula error are read as empty: %1.</source>
        <translation>含公式错误的单元格按空值读取：%1。</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; appears more than once; only the first column is matched.</source>
        <translation>表头“%1”出现了不止一次；只匹配第一列。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a list</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 has left the team; choose someone who is on it.</source>
        <translation>%1 已离开团队；请选择仍在团队中的成员。</translation>
    </message>
    <message>
        <source>Cannot read the database to plan the import: %1</source>
        <translation>无法读取数据库来规划导入：%1</translation>
    </message>
    <message>
        <source>%1 has %2 org units named &quot;%3&quot;; write the unit&apos;s path, such as &quot;%4&quot;.</source>
        <translation>%1 有 %2 个名为“%3”的组织单位；请填写该单位的路径，例如“%4”。</translation>
    </message>
    <message>
        <source>nobody named &quot;%1&quot; works at %2; left out of the follow-up.</source>
        <translation>%2 没有名为“%1”的人；未计入该跟进记录。</translation>
    </message>
    <message>
        <source>%1 people are named &quot;%2&quot; at %3; left out of the follow-up.</source>
        <translation>%3 有 %1 人名为“%2”；未计入该跟进记录。</translation>
    </message>
    <message>
        <source>%1 has no opportunity named &quot;%2&quot;; the link was left out.</source>
        <translation>%1 没有名为“%2”的商机；未建立关联。</translation>
    </message>
    <message>
        <source>%1 has %2 opportunities named &quot;%3&quot;; the link was left out.</source>
        <translation>%1 有 %2 个名为“%3”的商机；未建立关联。</translation>
    </message>
    <message>
        <source>%1: %2 Left out of the buying center.</source>
        <translation>%1：%2未加入采购中心。</translation>
    </message>
    <message>
        <source>nobody named &quot;%1&quot; works at %2; left out of the buying center.</source>
        <translation>%2 没有名为“%1”的人；未加入采购中心。</translation>
    </message>
    <message>
        <source>%1 people are named &quot;%2&quot; at %3; left out of the buying center.</source>
        <translation>%3 有 %1 人名为“%2”；未加入采购中心。</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>有错误的行</translation>
    </message>
    <message>
        <source>Contacts met (names)</source>
        <translation>联系人（姓名）</translation>
    </message>
    <message>
        <source>Opportunity (name)</source>
        <translation>商机（名称）</translation>
    </message>
    <message>
        <source>Buying center (names and roles)</source>
        <translation>采购中心（姓名及角色）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between people&apos;s names in one cell</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (write it as 2026-01-05 14:30).</source>
        <translation>“%1”不是日期时间（请写成 2026-01-05 14:30）。</translation>
    </message>
    <message numerus="yes">
        <source>A mobile number has 11 digits; this one has %n.</source>
        <translation>
            <numerusform>手机号码为 11 位数字，此号码有 %n 位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A 400 or 800 number has 10 digits; this one has %n.</source>
        <translation>
            <numerusform>400 或 800 号码为 10 位数字，此号码有 %n 位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A credit code has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>信用代码为 18 位字符，此代码有 %n 位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An email address has one @ sign; this one has %n.</source>
        <translation>
            <numerusform>电子邮件地址只能有一个 @ 符号，此地址有 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The operation log already holds an operation with the id %1, so this change was not saved: another database writes under this device&apos;s id.</source>
        <translation>操作日志中已有 ID 为 %1 的操作，因此本次更改未保存：另有一个数据库在以本设备的 ID 写入。</translation>
    </message>
    <message>
        <source>Operation %1 from device %2</source>
        <translation>来自设备 %2 的操作 %1</translation>
    </message>
    <message>
        <source>%1: its id does not match its device and sequence number.</source>
        <translation>%1：其 ID 与设备和序号不符。</translation>
    </message>
    <message>
        <source>%1: it claims to be written on this device, which did not write it.</source>
        <translation>%1：它声称由本设备写入，但本设备并未写入它。</translation>
    </message>
    <message>
        <source>%1: it is dated %2, more than a day ahead of this computer&apos;s clock. The clock of that device is wrong; its changes are refused until it is corrected.</source>
        <translation>%1：其时间为 %2，比本机时钟快一天以上。该设备的时钟有误；在校正之前，其更改将被拒绝。</translation>
    </message>
    <message>
        <source>%1: what it says it had seen is malformed.</source>
        <translation>%1：其声明的已同步进度格式有误。</translation>
    </message>
    <message>
        <source>%1: unknown record type &quot;%2&quot;.</source>
        <translation>%1：未知的记录类型“%2”。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a record id.</source>
        <translation>%1：“%2”不是记录 ID。</translation>
    </message>
    <message>
        <source>%1: record %2 is a %3, not a %4.</source>
        <translation>%1：记录 %2 是%3，不是%4。</translation>
    </message>
    <message>
        <source>%1: it carries the wrong number of fields.</source>
        <translation>%1：其字段数量不正确。</translation>
    </message>
    <message>
        <source>%1: a move changes exactly one parent field.</source>
        <translation>%1：移动操作只能修改一个上级字段。</translation>
    </message>
    <message>
        <source>%1: the value of %2 is larger than %3 MB.</source>
        <translation>%1：%2 的值超过 %3 MB。</translation>
    </message>
    <message>
        <source>%1: %2 has no field &quot;%3&quot;.</source>
        <translation>%1：%2没有字段“%3”。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: this system has no GB18030 encoder.</source>
        <translation>无法写入 %1：此系统没有 GB18030 编码器。</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>Parent ID</source>
        <translation>上级 ID</translation>
    </message>
    <message>
        <source>Org unit ID</source>
        <translation>组织单元 ID</translation>
    </message>
    <message>
        <source>Reports to ID</source>
        <translation>汇报对象 ID</translation>
    </message>
    <message>
        <source>Opportunity ID</source>
        <translation>商机 ID</translation>
    </message>
    <message>
        <source>Contact IDs</source>
        <translation>联系人 ID</translation>
    </message>
    <message>
        <source>%1 ID</source>
        <comment>a column of ids beside the names</comment>
        <translation>%1 ID</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Follow-up ID</source>
        <translation>跟进记录 ID</translation>
    </message>
    <message>
        <source>--where takes FIELD=VALUE, not &quot;%1&quot;.</source>
        <translation>--where 的参数应为 FIELD=VALUE 形式，而不是“%1”。</translation>
    </message>
    <message>
        <source>--where: %1 cannot be filtered by &quot;%2&quot;; use one of: %3.</source>
        <translation>--where：%1 不能按“%2”筛选；请使用以下之一：%3。</translation>
    </message>
    <message>
        <source>a workbook&apos;s accounts</source>
        <translation>工作簿中的客户</translation>
    </message>
    <message>
        <source>--where: &quot;%1&quot; is not a choice of %2; use one of: %3.</source>
        <translation>--where：“%1”不是 %2 的可选值；请使用以下之一：%3。</translation>
    </message>
    <message>
        <source>--where: %1 takes a whole number, not &quot;%2&quot;.</source>
        <translation>--where：%1 需要整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签订</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>客诉</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Service start</source>
        <translation>服务开始日期</translation>
    </message>
    <message>
        <source>Service end</source>
        <translation>服务结束日期</translation>
    </message>
    <message>
        <source>Renews contract</source>
        <translation>续签的原合同</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>应收日期</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>实收日期</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>实收金额</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应时间</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>Surveyed on</source>
        <translation>调查日期</translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>满意度 CSAT（1–5）</translation>
    </message>
    <message>
        <source>NPS answer (0–10)</source>
        <translation>净推荐值 NPS（0–10）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Contract title</source>
        <translation>合同名称</translation>
    </message>
    <message>
        <source>Signing entity</source>
        <translation>签约主体</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Unknown table &quot;%1&quot;.</source>
        <translation>未知的表“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) past the expected close date</source>
        <translation>
            <numerusform>%n 个进行中商机已超过预计成交日期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never followed up (tier %1 asks for one every %n day(s))</source>
        <translation>
            <numerusform>从未跟进（%1 级客户要求每 %n 天跟进一次）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No follow-up for %1 days (tier %2 asks for one every %n day(s))</source>
        <translation>
            <numerusform>已 %1 天未跟进（%2 级客户要求每 %n 天跟进一次）</numerusform>
        </translation>
    </message>
    <message>
        <source>A team review needs a period.</source>
        <translation>团队复盘需要指定期间。</translation>
    </message>
    <message>
        <source>No team member with id %1.</source>
        <translation>没有 ID 为 %1 的团队成员。</translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4).</source>
        <translation>%1（%2）早于%3（%4）。</translation>
    </message>
    <message>
        <source>A satisfaction survey needs a CSAT score, an NPS answer or both.</source>
        <translation>满意度调查需要填写满意度（CSAT）评分或净推荐值（NPS）评分，也可两者都填。</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>整个团队</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>进行中商机金额</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>进行中商机</translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>加权预测</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>Amount won</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>输单数</translation>
    </message>
    <message>
        <source>Accounts at risk</source>
        <translation>风险客户</translation>
    </message>
    <message>
        <source>Accounts gone quiet</source>
        <translation>久未跟进的客户</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>无阶段</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>No close date</source>
        <translation>无预计成交日期</translation>
    </message>
    <message>
        <source>Activity ranking</source>
        <translation>活动排名</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>No author</source>
        <translation>无跟进人</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>No renewals are due in the next 90 days.</source>
        <translation>未来 90 天没有到期的续约。</translation>
    </message>
    <message>
        <source>No contracts are recorded yet.</source>
        <translation>尚未录入合同。</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>No receivables are due in the next 90 days.</source>
        <translation>未来 90 天没有到期的回款。</translation>
    </message>
    <message>
        <source>No payments are planned in Summit yet.</source>
        <translation>Summit 中尚未录入回款计划。</translation>
    </message>
    <message>
        <source>Gone quiet</source>
        <translation>久未跟进</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Days quiet</source>
        <translation>未跟进天数</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未跟进</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Active contacts</source>
        <translation>在职联系人</translation>
    </message>
    <message>
        <source>Contacts who left</source>
        <translation>已离职联系人</translation>
    </message>
    <message>
        <source>Open opportunities</source>
        <translation>进行中商机</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups in the last %n day(s)</source>
        <translation>
            <numerusform>近 %n 天跟进记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>未完成待办</translation>
    </message>
    <message>
        <source>Key people</source>
        <translation>关键人物</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>所属单元</translation>
    </message>
    <message>
        <source>Known by</source>
        <translation>熟悉的成员</translation>
    </message>
    <message>
        <source>Days since follow-up</source>
        <translation>距上次跟进天数</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>赢率 %</translation>
    </message>
    <message>
        <source>Buying center</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>By</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>People</source>
        <translation>相关人员</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>received %1 in the last 12 months</source>
        <translation>近12个月回款 %1</translation>
    </message>
    <message>
        <source>signed %1 in the last 12 months</source>
        <translation>近12个月签约 %1</translation>
    </message>
    <message>
        <source> (top %1 %)</source>
        <translation>（前 %1%）</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) in the last 3 months (%1 points)</source>
        <translation>
            <numerusform>近3个月 %n 次互动（%1 分）</numerusform>
        </translation>
    </message>
    <message>
        <source>potential not rated</source>
        <translation>潜力未评估</translation>
    </message>
    <message>
        <source>potential %1</source>
        <translation>潜力%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>S: marked strategic by hand; the figures give %1</source>
        <translation>S：手动标记为战略客户；按数据应为 %1</translation>
    </message>
    <message numerus="yes">
        <source>tier %1 expects one every %n day(s)</source>
        <translation>
            <numerusform>%1 类客户应每 %n 天跟进一次</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-up recorded; %1.</source>
        <translation>尚无跟进记录；%1。</translation>
    </message>
    <message numerus="yes">
        <source>Last follow-up %n day(s) ago; %1.</source>
        <translation>
            <numerusform>上次跟进在 %n 天前；%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every key role is known (economic, technical and user buyer, champion).</source>
        <translation>关键角色齐全（决策者、技术评估者、使用者、支持者）。</translation>
    </message>
    <message>
        <source>%1 of 4 key roles known; missing: %2.</source>
        <translation>已知 4 个关键角色中的 %1 个；缺少：%2。</translation>
    </message>
    <message>
        <source>%1 of %2 people in decision roles are covered by the team.</source>
        <translation>%2 位决策链人员中有 %1 位已有团队成员覆盖。</translation>
    </message>
    <message>
        <source>Nobody in a decision role is known.</source>
        <translation>尚未识别任何决策链人员。</translation>
    </message>
    <message>
        <source>Champions and supporters: %1; opponents and blockers: %2.</source>
        <translation>支持者：%1 人；反对者与阻碍者：%2 人。</translation>
    </message>
    <message>
        <source>No key person left in the last 12 months.</source>
        <translation>近12个月无关键人员离职。</translation>
    </message>
    <message>
        <source>Key people who left in the last 12 months: %1.</source>
        <translation>近12个月离职的关键人员：%1。</translation>
    </message>
    <message>
        <source>No contracts: not scored.</source>
        <translation>无合同：不计分。</translation>
    </message>
    <message>
        <source>12-month revenue %1 against %2 in the 12 months before.</source>
        <translation>近12个月收入 %1，此前12个月为 %2。</translation>
    </message>
    <message>
        <source>No receivable is overdue.</source>
        <translation>无逾期回款。</translation>
    </message>
    <message numerus="yes">
        <source>%n receivable(s) overdue, %1 outstanding, the longest %2 days.</source>
        <translation>
            <numerusform>%n 笔回款逾期，未收 %1，最长逾期 %2 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>No contract ends within 90 days without a renewal.</source>
        <translation>90 天内没有未续约即到期的合同。</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) end within 90 days without a renewal; an opportunity is open.</source>
        <translation>
            <numerusform>%n 份合同将在 90 天内到期且未续约；已有进行中的商机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) end within 90 days with no renewal and no open opportunity.</source>
        <translation>
            <numerusform>%n 份合同将在 90 天内到期，既未续约也无进行中的商机。</numerusform>
        </translation>
    </message>
    <message>
        <source>No service requests or surveys: not scored.</source>
        <translation>无工单或满意度调查：不计分。</translation>
    </message>
    <message>
        <source>No severe request is open.</source>
        <translation>无未解决的严重工单。</translation>
    </message>
    <message numerus="yes">
        <source>%n severe request(s) open.</source>
        <translation>
            <numerusform>%n 个严重工单未解决。</numerusform>
        </translation>
    </message>
    <message>
        <source>First response in %1 hours on average over the last 12 months.</source>
        <translation>近12个月平均首次响应时间 %1 小时。</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <source>NPS answer %1</source>
        <translation>NPS 评分 %1</translation>
    </message>
    <message>
        <source>Latest survey: %1.</source>
        <translation>最近一次调查：%1。</translation>
    </message>
    <message>
        <source>No open gap in the decision chain.</source>
        <translation>决策链无未解决缺口。</translation>
    </message>
    <message>
        <source>Open gaps in the decision chain: %1 high, %2 medium.</source>
        <translation>决策链未解决缺口：高 %1 个，中 %2 个。</translation>
    </message>
    <message>
        <source>No account given.</source>
        <translation>未指定客户。</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>商务</translation>
    </message>
    <message>
        <source>Open gaps</source>
        <translation>未解决缺口</translation>
    </message>
    <message>
        <source>12-month revenue</source>
        <translation>近12个月收入</translation>
    </message>
    <message>
        <source>3-month activity</source>
        <translation>近3个月活跃度</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier (S, A, B or C).</source>
        <translation>“%1”不是有效分级（S、A、B 或 C）。</translation>
    </message>
    <message>
        <source>The figures give tier %1; a different tier needs a reason (%2).</source>
        <translation>按数据应为 %1 类；设为其他分级需要填写原因（%2）。</translation>
    </message>
    <message>
        <source>Set the tier of %1 to %2</source>
        <translation>将 %1 的分级设为 %2</translation>
    </message>
    <message>
        <source>Accept the computed tier %1 for %2</source>
        <translation>为 %2 采用计算分级 %1</translation>
    </message>
    <message>
        <source>Edit the tier and health model</source>
        <translation>编辑分级与健康度模型</translation>
    </message>
    <message>
        <source>The tier weights (%1) add up to %2 %, not 100 %.</source>
        <translation>分级权重（%1）合计为 %2%，而不是 100%。</translation>
    </message>
    <message>
        <source>The health weights (%1) add up to %2 %, not 100 %.</source>
        <translation>健康度权重（%1）合计为 %2%，而不是 100%。</translation>
    </message>
    <message>
        <source>Tier A&apos;s revenue threshold (%1) is below tier B&apos;s (%2).</source>
        <translation>A 类的收入门槛（%1）低于 B 类（%2）。</translation>
    </message>
    <message>
        <source>Tier A&apos;s activity threshold (%1 points) is below tier B&apos;s (%2 points).</source>
        <translation>A 类的活跃度门槛（%1 分）低于 B 类（%2 分）。</translation>
    </message>
    <message>
        <source>Contracts signed</source>
        <translation>签约合同</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>实际回款</translation>
    </message>
    <message>
        <source>Reason for the tier</source>
        <translation>分级原因</translation>
    </message>
    <message>
        <source>Revenue counted from</source>
        <translation>收入统计口径</translation>
    </message>
    <message>
        <source>Tier A from 12-month revenue of</source>
        <translation>A 类近12个月收入门槛</translation>
    </message>
    <message>
        <source>Tier B from 12-month revenue of</source>
        <translation>B 类近12个月收入门槛</translation>
    </message>
    <message>
        <source>Tier A from 3-month activity points of</source>
        <translation>A 类近3个月活跃度门槛（分）</translation>
    </message>
    <message>
        <source>Tier B from 3-month activity points of</source>
        <translation>B 类近3个月活跃度门槛（分）</translation>
    </message>
    <message>
        <source>Weight of revenue (%)</source>
        <translation>收入权重（%）</translation>
    </message>
    <message>
        <source>Weight of activity (%)</source>
        <translation>活跃度权重（%）</translation>
    </message>
    <message>
        <source>Weight of potential (%)</source>
        <translation>潜力权重（%）</translation>
    </message>
    <message>
        <source>Activity points of a visit</source>
        <translation>拜访的互动分值</translation>
    </message>
    <message>
        <source>Activity points of a call</source>
        <translation>电话的互动分值</translation>
    </message>
    <message>
        <source>Activity points of a meeting</source>
        <translation>会议的互动分值</translation>
    </message>
    <message>
        <source>Activity points of an email</source>
        <translation>邮件的互动分值</translation>
    </message>
    <message>
        <source>Activity points of a message</source>
        <translation>消息的互动分值</translation>
    </message>
    <message>
        <source>Activity points of a demo</source>
        <translation>演示的互动分值</translation>
    </message>
    <message>
        <source>Activity points of an executive visit</source>
        <translation>高层拜访的互动分值</translation>
    </message>
    <message>
        <source>Follow up S accounts every (days)</source>
        <translation>S 类客户跟进周期（天）</translation>
    </message>
    <message>
        <source>Follow up A accounts every (days)</source>
        <translation>A 类客户跟进周期（天）</translation>
    </message>
    <message>
        <source>Follow up B accounts every (days)</source>
        <translation>B 类客户跟进周期（天）</translation>
    </message>
    <message>
        <source>Follow up C accounts every (days)</source>
        <translation>C 类客户跟进周期（天）</translation>
    </message>
    <message>
        <source>Health weight: engagement (%)</source>
        <translation>健康度权重：互动（%）</translation>
    </message>
    <message>
        <source>Health weight: relationships (%)</source>
        <translation>健康度权重：关系（%）</translation>
    </message>
    <message>
        <source>Health weight: commercial (%)</source>
        <translation>健康度权重：商务（%）</translation>
    </message>
    <message>
        <source>Health weight: service (%)</source>
        <translation>健康度权重：服务（%）</translation>
    </message>
    <message>
        <source>Health weight: open gaps (%)</source>
        <translation>健康度权重：未解决缺口（%）</translation>
    </message>
    <message>
        <source>Tier and health model</source>
        <translation>分级与健康度模型</translation>
    </message>
    <message>
        <source>The team has one tier and health model, with the id %1.</source>
        <translation>团队只有一个分级与健康度模型，其 ID 为 %1。</translation>
    </message>
    <message>
        <source>Accounts healthy</source>
        <translation>健康客户数</translation>
    </message>
    <message>
        <source>Accounts needing attention</source>
        <translation>需关注客户数</translation>
    </message>
    <message>
        <source>Accounts at risk by health</source>
        <translation>健康度高风险客户数</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>What costs most</source>
        <translation>主要失分项</translation>
    </message>
    <message>
        <source>%1: the figures give tier %2; a different tier needs a reason (%3).</source>
        <translation>%1：按数据应为 %2 类；设为其他分级需要填写原因（%3）。</translation>
    </message>
    <message>
        <source>A customer with the open opportunity %1.</source>
        <translation>已是签约客户，且有进行中的商机 %1。</translation>
    </message>
    <message>
        <source>The service of a contract started on %1.</source>
        <translation>合同服务已于 %1 开始。</translation>
    </message>
    <message>
        <source>A contract is signed.</source>
        <translation>已有签约合同。</translation>
    </message>
    <message>
        <source>First contract signed on %1.</source>
        <translation>首份合同签订于 %1。</translation>
    </message>
    <message>
        <source>The open opportunity %1.</source>
        <translation>有进行中的商机 %1。</translation>
    </message>
    <message>
        <source>Gross margin for lifetime value (%)</source>
        <translation>终身价值毛利率 (%)</translation>
    </message>
    <message>
        <source>Years a customer stays</source>
        <translation>客户预期合作年限</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>客户满意度 (CSAT)</translation>
    </message>
    <message>
        <source>Net promoter score (NPS)</source>
        <translation>净推荐值 (NPS)</translation>
    </message>
    <message>
        <source>Repurchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Renewal rate</source>
        <translation>续约率</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Average first response</source>
        <translation>平均首次响应时间</translation>
    </message>
    <message>
        <source>Customer lifetime value (CLV)</source>
        <translation>客户终身价值 (CLV)</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Average sales cycle</source>
        <translation>平均销售周期</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加权管道金额</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the period %1: write a month as YYYY-MM (2026-11), a week as YYYY-Www (2026-W47), a quarter as YYYYQn (2026Q4) or a year as YYYY (2026).</source>
        <translation>无法识别期间 %1：月份请写作 YYYY-MM（2026-11），周写作 YYYY-Www（2026-W47），季度写作 YYYYQn（2026Q4），年份写作 YYYY（2026）。</translation>
    </message>
    <message>
        <source>RFM: no contract in 24 months</source>
        <translation>RFM：近24个月无签约</translation>
    </message>
    <message>
        <source>RFM: last contract %1 days ago, %2 in 24 months for %3</source>
        <translation>RFM：最近一次签约在 %1 天前，近24个月签约 %2 份共 %3</translation>
    </message>
    <message>
        <source>RFM (recency, frequency, monetary)</source>
        <translation>RFM（最近一次、频率、金额）</translation>
    </message>
    <message>
        <source>RFM: tier A&apos;s days since the last contract (%1) are more than tier B&apos;s (%2).</source>
        <translation>RFM：A 类的距最近签约天数（%1）大于 B 类（%2）。</translation>
    </message>
    <message>
        <source>RFM: tier A&apos;s number of contracts (%1) is below tier B&apos;s (%2).</source>
        <translation>RFM：A 类的签约份数（%1）低于 B 类（%2）。</translation>
    </message>
    <message>
        <source>Weight of RFM (%)</source>
        <translation>RFM 权重 (%)</translation>
    </message>
    <message>
        <source>RFM A: last contract within (days)</source>
        <translation>RFM A 类：最近签约不超过（天）</translation>
    </message>
    <message>
        <source>RFM B: last contract within (days)</source>
        <translation>RFM B 类：最近签约不超过（天）</translation>
    </message>
    <message>
        <source>RFM A: contracts in 24 months, at least</source>
        <translation>RFM A 类：近24个月签约至少（份）</translation>
    </message>
    <message>
        <source>RFM B: contracts in 24 months, at least</source>
        <translation>RFM B 类：近24个月签约至少（份）</translation>
    </message>
    <message>
        <source>A rule has no field &quot;%1&quot;.</source>
        <translation>规则没有字段“%1”。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1：“%2”不是整数。</translation>
    </message>
    <message>
        <source>Add rule %1</source>
        <translation>添加规则 %1</translation>
    </message>
    <message>
        <source>Edit rule %1</source>
        <translation>编辑规则 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is one of the rules Summit ships: it cannot be deleted, but it can be switched off.</source>
        <translation>“%1”是 Summit 内置的规则：不能删除，但可以关闭。</translation>
    </message>
    <message>
        <source>Delete rule %1</source>
        <translation>删除规则 %1</translation>
    </message>
    <message>
        <source>No stage gate has the id &quot;%1&quot;.</source>
        <translation>没有 ID 为“%1”的阶段门槛。</translation>
    </message>
    <message>
        <source>A stage gate has no field &quot;%1&quot;.</source>
        <translation>阶段门槛没有字段“%1”。</translation>
    </message>
    <message>
        <source>Edit the stage gate of %1</source>
        <translation>编辑“%1”的阶段门槛</translation>
    </message>
    <message>
        <source>A calendar day needs a date (YYYY-MM-DD).</source>
        <translation>日历日期需要一个日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Mark %1 as a working day</source>
        <translation>将 %1 标记为工作日</translation>
    </message>
    <message>
        <source>Mark %1 as a day off</source>
        <translation>将 %1 标记为休息日</translation>
    </message>
    <message>
        <source>No follow-up for N days</source>
        <translation>N 天未跟进</translation>
    </message>
    <message>
        <source>Health score below N</source>
        <translation>健康度低于 N</translation>
    </message>
    <message>
        <source>Health score down by N in 30 days</source>
        <translation>30 天内健康度下降 N 分</translation>
    </message>
    <message>
        <source>Contract ends within N days, no renewal in sight</source>
        <translation>合同 N 天内到期且无续约</translation>
    </message>
    <message>
        <source>Payment overdue by N days</source>
        <translation>回款逾期 N 天</translation>
    </message>
    <message>
        <source>Economic buyer or champion has left</source>
        <translation>经济决策人或内线已离职</translation>
    </message>
    <message>
        <source>Opportunity in one stage for N days</source>
        <translation>商机停留在同一阶段 N 天</translation>
    </message>
    <message>
        <source>Severe service request open for N hours</source>
        <translation>严重工单 N 小时未解决</translation>
    </message>
    <message>
        <source>NPS answer of N or less</source>
        <translation>NPS 回答不高于 N</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Workdays</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>When</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>客户级别</translation>
    </message>
    <message>
        <source>Task for</source>
        <translation>待办给</translation>
    </message>
    <message>
        <source>Due in</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Due in units of</source>
        <translation>期限单位</translation>
    </message>
    <message>
        <source>Escalate after (days)</source>
        <translation>逾期多少天后升级</translation>
    </message>
    <message>
        <source>Switched on (1 = yes)</source>
        <translation>已开启（1 = 是）</translation>
    </message>
    <message>
        <source>Required to enter</source>
        <translation>进入前必须具备</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发原因</translation>
    </message>
    <message>
        <source>Calendar day</source>
        <translation>日历日期</translation>
    </message>
    <message>
        <source>Stage gate</source>
        <translation>阶段门槛</translation>
    </message>
    <message>
        <source>Escalated: %1</source>
        <translation>已升级：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still open; it was due on %2.</source>
        <translation>“%1”仍未完成；应于 %2 完成。</translation>
    </message>
    <message numerus="yes">
        <source>Follow up with %1: no follow-up for more than %n day(s)</source>
        <translation>
            <numerusform>跟进%1：已超过 %n 天未跟进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last follow-up on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>上次跟进于 %1，%n 天前。</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-up was ever recorded.</source>
        <translation>从未记录过跟进。</translation>
    </message>
    <message>
        <source>Call %1: churn risk, health score %2</source>
        <translation>致电%1：流失风险，健康度 %2</translation>
    </message>
    <message>
        <source>Health score %1, below %2.</source>
        <translation>健康度 %1，低于 %2。</translation>
    </message>
    <message>
        <source>Check on %1: health score fell from %2 to %3</source>
        <translation>关注%1：健康度从 %2 降至 %3</translation>
    </message>
    <message>
        <source>Health score %1 on %2, %3 today.</source>
        <translation>%2 健康度 %1，今天 %3。</translation>
    </message>
    <message>
        <source>Renew %1: %2 ends on %3</source>
        <translation>续约%1：%2 将于 %3 到期</translation>
    </message>
    <message>
        <source>%1 ends on %2; no contract renews it and no opportunity is open.</source>
        <translation>%1 将于 %2 到期；没有续约合同，也没有进行中的商机。</translation>
    </message>
    <message>
        <source>Chase payment from %1: %2 due on %3</source>
        <translation>催收%1回款：%2，应于 %3 到账</translation>
    </message>
    <message numerus="yes">
        <source>%1 was due on %2, %n day(s) ago.</source>
        <translation>
            <numerusform>%1 应于 %2 到账，已过 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has left %2: find who decides now</source>
        <translation>%1 已从%2离职：找到新的决策人</translation>
    </message>
    <message>
        <source>%1 left on %2.</source>
        <translation>%1 于 %2 离职。</translation>
    </message>
    <message>
        <source>%1 is marked as left.</source>
        <translation>%1 已标记为离职。</translation>
    </message>
    <message>
        <source>Move %1 on: in %2 since %3</source>
        <translation>推进%1：自 %3 起停留在“%2”</translation>
    </message>
    <message numerus="yes">
        <source>%1 has been in %2 since %3, %n day(s).</source>
        <translation>
            <numerusform>%1 自 %3 起停留在“%2”，已 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>处理%1的工单：%2</translation>
    </message>
    <message numerus="yes">
        <source>Open since %1, %n hour(s).</source>
        <translation>
            <numerusform>自 %1 起未解决，已 %n 小时。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2的%1</translation>
    </message>
    <message>
        <source>Call back %1: NPS answer %2</source>
        <translation>回访%1：NPS 回答 %2</translation>
    </message>
    <message>
        <source>Answered %1 on %2.</source>
        <translation>于 %2 回答 %1。</translation>
    </message>
    <message>
        <source>No rule has the id &quot;%1&quot;.</source>
        <translation>没有 ID 为“%1”的规则。</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>a list: A, B and C</comment>
        <translation>%1%2%3</translation>
    </message>
    <message>
        <source>an account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>a tier %1 account</source>
        <translation>%1类客户</translation>
    </message>
    <message>
        <source>or</source>
        <translation>或</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>an account in a region</comment>
        <translation>%2的%1</translation>
    </message>
    <message>
        <source>%1 in the %2 industry</source>
        <translation>%2行业的%1</translation>
    </message>
    <message>
        <source>%1 of one team member</source>
        <translation>某成员负责的%1</translation>
    </message>
    <message>
        <source>its account manager</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>its solution architect</source>
        <translation>解决方案架构师</translation>
    </message>
    <message>
        <source>its delivery expert</source>
        <translation>交付专家</translation>
    </message>
    <message>
        <source>the team lead</source>
        <translation>团队主管</translation>
    </message>
    <message>
        <source>Key account gone quiet</source>
        <translation>重点客户久未跟进</translation>
    </message>
    <message>
        <source>B account gone quiet</source>
        <translation>B 类客户久未跟进</translation>
    </message>
    <message>
        <source>C account gone quiet</source>
        <translation>C 类客户久未跟进</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Health falling</source>
        <translation>健康度下滑</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>续约提醒</translation>
    </message>
    <message>
        <source>Payment overdue</source>
        <translation>回款逾期</translation>
    </message>
    <message>
        <source>Economic buyer or champion left</source>
        <translation>经济决策人或内线离职</translation>
    </message>
    <message>
        <source>Opportunity stalled</source>
        <translation>商机停滞</translation>
    </message>
    <message>
        <source>Severe request unanswered</source>
        <translation>严重工单未解决</translation>
    </message>
    <message>
        <source>Detractor answer</source>
        <translation>贬损者反馈</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a condition Summit knows.</source>
        <translation>%1：“%2”不是 Summit 支持的条件。</translation>
    </message>
    <message>
        <source>%1: %2 is negative; a count of days, hours or points starts at 0.</source>
        <translation>%1：%2 是负数；天数、小时数或分数从 0 开始。</translation>
    </message>
    <message>
        <source>%1: a health score runs from 0 to 100, not %2.</source>
        <translation>%1：健康度范围是 0 到 100，不能是 %2。</translation>
    </message>
    <message>
        <source>%1: an NPS answer runs from 0 to 10, not %2.</source>
        <translation>%1：NPS 回答范围是 0 到 10，不能是 %2。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a tier (S, A, B or C).</source>
        <translation>%1：“%2”不是客户级别（S、A、B 或 C）。</translation>
    </message>
    <message>
        <source>%1: name at least one role to give the task to (am, sa, de, team_lead).</source>
        <translation>%1：请至少指定一个接收待办的角色（am、sa、de、team_lead）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a role of an account&apos;s team (am, sa, de, team_lead).</source>
        <translation>%1：“%2”不是客户团队的角色（am、sa、de、team_lead）。</translation>
    </message>
    <message>
        <source>%1: %2 is negative.</source>
        <translation>%1：%2 是负数。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither hours nor workdays.</source>
        <translation>%1：“%2”既不是小时也不是工作日。</translation>
    </message>
    <message>
        <source>%1: no active team member is a team lead or an administrator to give the task to.</source>
        <translation>%1：团队中没有在职的团队主管或管理员可以接收待办。</translation>
    </message>
    <message>
        <source>%1: no team member has the id &quot;%2&quot;.</source>
        <translation>%1：没有 ID 为“%2”的团队成员。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has had no follow-up for more than %n day(s)</source>
        <translation>
            <numerusform>%1超过 %n 天未跟进</numerusform>
        </translation>
    </message>
    <message>
        <source>the health score of %1 is below %2</source>
        <translation>%1的健康度低于 %2</translation>
    </message>
    <message>
        <source>the health score of %1 has fallen by %2 points or more in 30 days</source>
        <translation>%1的健康度在 30 天内下降 %2 分或以上</translation>
    </message>
    <message numerus="yes">
        <source>a contract of %1 ends within %n day(s) and no contract or open opportunity renews it</source>
        <translation>
            <numerusform>%1的合同将在 %n 天内到期，且没有续约合同或进行中的商机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a payment from %1 is overdue by more than %n day(s)</source>
        <translation>
            <numerusform>%1的回款逾期超过 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>the economic buyer or champion of %1 has left the company</source>
        <translation>%1的经济决策人或内线已离职</translation>
    </message>
    <message numerus="yes">
        <source>an opportunity of %1 has been in one stage for more than %n day(s)</source>
        <translation>
            <numerusform>%1的商机在同一阶段停留超过 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a high or critical service request of %1 has been open for more than %n hour(s)</source>
        <translation>
            <numerusform>%1的高或紧急级别工单超过 %n 小时未解决</numerusform>
        </translation>
    </message>
    <message>
        <source>a contact of %1 answers the NPS question with %2 or less</source>
        <translation>%1的联系人 NPS 回答不高于 %2</translation>
    </message>
    <message>
        <source>and</source>
        <translation>和</translation>
    </message>
    <message>
        <source>due the same day</source>
        <translation>当天到期</translation>
    </message>
    <message numerus="yes">
        <source>due within %n hour(s)</source>
        <translation>
            <numerusform>%n 小时内到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due within %n workday(s)</source>
        <translation>
            <numerusform>%n 个工作日内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>a task each for %1, %2</source>
        <translation>给%1各建一条待办，%2</translation>
    </message>
    <message>
        <source>a task for %1, %2</source>
        <translation>给%1建一条待办，%2</translation>
    </message>
    <message numerus="yes">
        <source>%1; still open %n day(s) after it is due, a task for the team lead</source>
        <translation>
            <numerusform>%1；到期 %n 天后仍未完成，则给团队主管建一条待办</numerusform>
        </translation>
    </message>
    <message>
        <source>When %1: %2.</source>
        <translation>当%1时，%2。</translation>
    </message>
    <message>
        <source>people in the buying center</source>
        <translation>采购决策小组成员</translation>
    </message>
    <message>
        <source>A stage gate is for opportunities or accounts, not &quot;%1&quot;.</source>
        <translation>阶段门槛适用于商机或客户，不适用于“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage of %2.</source>
        <translation>“%1”不是%2的阶段。</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; to require.</source>
        <translation>%1没有可要求的字段“%2”。</translation>
    </message>
    <message>
        <source>%1 cannot enter the stage %2 yet: first fill in %3.</source>
        <translation>%1 还不能进入“%2”阶段：请先填写%3。</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1: expected a date, a kind (holiday or workday) and a name, separated by tabs.</source>
        <translation>%1：需要日期、类型（holiday 或 workday）和名称，以制表符分隔。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1：“%2”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>%1: the kind &quot;%2&quot; is neither holiday nor workday.</source>
        <translation>%1：类型“%2”既不是 holiday 也不是 workday。</translation>
    </message>
    <message numerus="yes">
        <source>Open since %1, %n day(s).</source>
        <translation>
            <numerusform>自 %1 起未解决，已 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list in a sentence</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>The working calendar has no holidays for %1: workdays are counted as Monday to Friday. Add the year&apos;s days under Team › Rules, or with summit-cli calendar set.</source>
        <translation>工作日历中没有 %1 年的节假日：工作日按周一至周五计算。请在 团队 › 规则 中添加该年的日期，或使用 summit-cli calendar set。</translation>
    </message>
    <message>
        <source>A playbook has no field &quot;%1&quot;.</source>
        <translation>流程没有字段“%1”。</translation>
    </message>
    <message>
        <source>Add playbook %1</source>
        <translation>新增流程 %1</translation>
    </message>
    <message>
        <source>Edit playbook %1</source>
        <translation>编辑流程 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is one of the playbooks Summit ships: it cannot be deleted, but it can be switched off.</source>
        <translation>“%1”是 Summit 内置的流程：不能删除，但可以停用。</translation>
    </message>
    <message>
        <source>Delete playbook %1</source>
        <translation>删除流程 %1</translation>
    </message>
    <message>
        <source>Start playbook %1</source>
        <translation>启动流程 %1</translation>
    </message>
    <message numerus="yes">
        <source>Rules and playbooks made %n task(s)</source>
        <translation>
            <numerusform>规则和流程生成了 %n 条待办</numerusform>
        </translation>
    </message>
    <message>
        <source>New key account</source>
        <translation>新大客户</translation>
    </message>
    <message>
        <source>Account enters a stage</source>
        <translation>客户进入某阶段</translation>
    </message>
    <message>
        <source>Opportunity enters a stage</source>
        <translation>商机进入某阶段</translation>
    </message>
    <message>
        <source>Visit recorded</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <source>First workday of the month</source>
        <translation>每月第一个工作日</translation>
    </message>
    <message>
        <source>Started by hand</source>
        <translation>手动启动</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Step %1 of %2 of %3; %4.</source>
        <translation>%3 第 %1/%2 步；%4。</translation>
    </message>
    <message>
        <source>became a key account on %1</source>
        <translation>于 %1 成为大客户</translation>
    </message>
    <message>
        <source>entered %1 on %2</source>
        <translation>于 %2 进入%1</translation>
    </message>
    <message>
        <source>%1 entered %2 on %3</source>
        <translation>%1 于 %3 进入%2</translation>
    </message>
    <message>
        <source>visit on %1</source>
        <translation>%1 的拜访</translation>
    </message>
    <message>
        <source>a visit</source>
        <translation>一次拜访</translation>
    </message>
    <message>
        <source>the month %1</source>
        <translation>%1 月度</translation>
    </message>
    <message>
        <source>started by hand on %1</source>
        <translation>于 %1 手动启动</translation>
    </message>
    <message>
        <source>No playbook has the id &quot;%1&quot;.</source>
        <translation>没有 id 为“%1”的流程。</translation>
    </message>
    <message>
        <source>The playbook &quot;%1&quot; cannot run: %2</source>
        <translation>流程“%1”无法运行：%2</translation>
    </message>
    <message>
        <source>The playbook &quot;%1&quot; is switched off; switch it on to start it.</source>
        <translation>流程“%1”已停用；请先启用再启动。</translation>
    </message>
    <message>
        <source>No account has the id &quot;%1&quot;.</source>
        <translation>没有 id 为“%1”的客户。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was already started on this account today.</source>
        <translation>今天已在该客户上启动过“%1”。</translation>
    </message>
    <message>
        <source>(deleted playbook)</source>
        <translation>（已删除的流程）</translation>
    </message>
    <message>
        <source>Survey the customer&apos;s needs</source>
        <translation>完成客户需求调研</translation>
    </message>
    <message>
        <source>Send the first proposal</source>
        <translation>提交首次方案</translation>
    </message>
    <message>
        <source>Send the quotation</source>
        <translation>提交报价</translation>
    </message>
    <message>
        <source>After a visit</source>
        <translation>拜访后跟进</translation>
    </message>
    <message>
        <source>Send the visit summary and next steps</source>
        <translation>发送拜访纪要和下一步计划</translation>
    </message>
    <message>
        <source>Update the people met and their stance on the map</source>
        <translation>在决策链图上更新拜访对象及其态度</translation>
    </message>
    <message>
        <source>Monthly health check</source>
        <translation>月度健康度检查</translation>
    </message>
    <message>
        <source>Fill in the monthly account health assessment</source>
        <translation>填写月度《客户健康度评估表》</translation>
    </message>
    <message>
        <source>Review the health assessment</source>
        <translation>审阅健康度评估</translation>
    </message>
    <message>
        <source>Opportunity in negotiation</source>
        <translation>商机进入谈判</translation>
    </message>
    <message>
        <source>Review the terms with the team lead</source>
        <translation>与团队主管审阅合同条款</translation>
    </message>
    <message>
        <source>New customer onboarding</source>
        <translation>新客户启动</translation>
    </message>
    <message>
        <source>Hold the kick-off meeting</source>
        <translation>召开项目启动会</translation>
    </message>
    <message>
        <source>Introduce the delivery and service team</source>
        <translation>引荐交付和服务团队</translation>
    </message>
    <message>
        <source>%1: not a list of steps (%2).</source>
        <translation>%1：不是步骤列表（%2）。</translation>
    </message>
    <message>
        <source>a JSON array was expected</source>
        <translation>应为 JSON 数组</translation>
    </message>
    <message>
        <source>%1: step %2 is not an object.</source>
        <translation>%1：第 %2 步不是对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step: write KEY: TITLE | DUE | ROLES [| after KEY,KEY], for example &quot;proposal: Send the first proposal | 5wd | am,sa | after survey&quot;.</source>
        <translation>“%1”不是有效步骤：请写作 键: 标题 | 时限 | 角色 [| after 键,键]，例如 &quot;proposal: 提交首次方案 | 5wd | am,sa | after survey&quot;。</translation>
    </message>
    <message>
        <source>Step %1: &quot;%2&quot; is not a deadline; write hours as 72h and workdays as 5wd.</source>
        <translation>步骤 %1：“%2”不是有效时限；小时写作 72h，工作日写作 5wd。</translation>
    </message>
    <message>
        <source>Step %1: the fourth part names the steps it waits for: after KEY,KEY.</source>
        <translation>步骤 %1：第四部分应写明前置步骤：after 键,键。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a trigger Summit knows (%3).</source>
        <translation>%1：“%2”不是 Summit 支持的触发条件（%3）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a stage of this record (%3).</source>
        <translation>%1：“%2”不是此类记录的阶段（%3）。</translation>
    </message>
    <message>
        <source>%1: a playbook needs at least one step.</source>
        <translation>%1：流程至少需要一个步骤。</translation>
    </message>
    <message>
        <source>%1: %2 steps; a playbook holds at most %3.</source>
        <translation>%1：共 %2 步；一个流程最多 %3 步。</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; must start with a letter or digit and hold only a-z, 0-9, _ and - (at most 40).</source>
        <translation>%1：键“%2”须以字母或数字开头，只能包含 a-z、0-9、_ 和 -（最多 40 个字符）。</translation>
    </message>
    <message>
        <source>%1: two steps have this key.</source>
        <translation>%1：有两个步骤使用了这个键。</translation>
    </message>
    <message>
        <source>%1: the title is required.</source>
        <translation>%1：标题必填。</translation>
    </message>
    <message>
        <source>%1: the deadline %2 is outside 0 to 1000.</source>
        <translation>%1：时限 %2 超出 0 到 1000 的范围。</translation>
    </message>
    <message>
        <source>%1 waits for itself.</source>
        <translation>%1 等待它自己。</translation>
    </message>
    <message>
        <source>Step %1 waits for &quot;%2&quot;, which is not a step of this playbook.</source>
        <translation>步骤 %1 等待“%2”，但它不是本流程的步骤。</translation>
    </message>
    <message>
        <source>The steps wait for each other in a circle: %1.</source>
        <translation>步骤之间循环等待：%1。</translation>
    </message>
    <message>
        <source>tier %1</source>
        <comment>accounts of these tiers</comment>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>/</source>
        <comment>between tiers</comment>
        <translation>/</translation>
    </message>
    <message>
        <source>When an account becomes a key account</source>
        <translation>当客户成为大客户时</translation>
    </message>
    <message>
        <source>When an account becomes %1</source>
        <translation>当客户成为 %1客户时</translation>
    </message>
    <message>
        <source>When an account enters %1</source>
        <translation>当客户进入“%1”阶段时</translation>
    </message>
    <message>
        <source>When an opportunity enters %1</source>
        <translation>当商机进入“%1”阶段时</translation>
    </message>
    <message>
        <source>When a visit is recorded</source>
        <translation>当记录一次拜访时</translation>
    </message>
    <message>
        <source>On the first workday of each month, for every account</source>
        <translation>每月第一个工作日，针对所有客户</translation>
    </message>
    <message>
        <source>On the first workday of each month, for %1 accounts</source>
        <translation>每月第一个工作日，针对 %1客户</translation>
    </message>
    <message>
        <source>When started by hand</source>
        <translation>手动启动时</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>当天</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workday(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 characters; the steps of a playbook hold at most %3.</source>
        <translation>%1：共 %2 个字符；一个流程的步骤最多 %3 个字符。</translation>
    </message>
    <message>
        <source>%1: the title has %2 characters; at most %3.</source>
        <translation>%1：标题有 %2 个字符；最多 %3 个。</translation>
    </message>
    <message>
        <source>%1: a key is required, a short name such as survey that the steps waiting for it use.</source>
        <translation>%1：需要填写键，即一个简短的名字（如 survey），供等待它的步骤引用。</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>%1 tagged %2</source>
        <comment>an account tagged 央企</comment>
        <translation>%1（标签为“%2”）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one tag (at most 40 characters, no comma).</source>
        <translation>%1：“%2”不是单个标签（最多 40 个字符，不能含逗号）。</translation>
    </message>
    <message>
        <source>The stage gate of %1 is one of the gates Summit ships: it cannot be deleted, but it can be switched off.</source>
        <translation>%1 的阶段门槛是 Summit 内置的：不能删除，但可以关闭。</translation>
    </message>
    <message>
        <source>Delete the stage gate of %1</source>
        <translation>删除 %1 的阶段门槛</translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>the sheet of the accounts at risk</comment>
        <translation>风险客户</translation>
    </message>
    <message>
        <source>Health scores need the day they were computed for.</source>
        <translation>保存健康度评分需要注明其计算日期。</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>expected text, got a value of another type (%1).</source>
        <translation>应为文本，实际为其他类型的值（%1）。</translation>
    </message>
    <message>
        <source>Could not tell whether the database changed.</source>
        <translation>无法判断数据库是否已更改。</translation>
    </message>
    <message>
        <source>Summit is still saving a large change; this change was not saved. Try again when it is done.</source>
        <translation>Summit 仍在保存一项大批量更改，此次更改未保存。请等它完成后再试。</translation>
    </message>
    <message>
        <source>Cancelled; nothing of the change was saved.</source>
        <translation>已取消，此次更改的任何内容都未保存。</translation>
    </message>
    <message>
        <source>Planning the import was cancelled; nothing was imported.</source>
        <translation>已取消检查导入的行，未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>summit::render</name>
    <message>
        <source>No coverage</source>
        <translation>无人覆盖</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>not enough memory for a %1 × %2 image.</source>
        <translation>内存不足，无法生成 %1 × %2 的图像。</translation>
    </message>
    <message>
        <source>Decision-chain map</source>
        <translation>决策链图谱</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>Buying center of %1</source>
        <translation>%1 的采购角色</translation>
    </message>
    <message>
        <source>Coverage of %1</source>
        <translation>%1 的关系覆盖</translation>
    </message>
    <message>
        <source>Cannot export the map to %1: unknown file type; use .png, .svg or .pdf.</source>
        <translation>无法将图谱导出到 %1：文件类型未知，请使用 .png、.svg 或 .pdf。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未跟进</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 org units, %2 contacts</source>
        <translation>%1 个组织单元，%2 个联系人</translation>
    </message>
    <message>
        <source>Team member who knows them: %1, %2, %3</source>
        <translation>认识此人的团队成员：%1、%2、%3</translation>
    </message>
    <message>
        <source>Nobody on the team knows them (filled: a key person)</source>
        <translation>团队中无人认识此人（实心：关键人物）</translation>
    </message>
    <message>
        <source>Days since the last follow-up</source>
        <translation>距上次跟进的天数</translation>
    </message>
    <message numerus="yes">
        <source>Key person not contacted for over %n day(s)</source>
        <translation>
            <numerusform>关键人物超过 %n 天未联系</numerusform>
        </translation>
    </message>
    <message>
        <source>Gap found by the analysis</source>
        <translation>分析发现的缺口</translation>
    </message>
    <message>
        <source>In the buying center of %1</source>
        <translation>属于 %1 的采购角色</translation>
    </message>
    <message>
        <source>Known to %1</source>
        <translation>%1 认识此人</translation>
    </message>
    <message>
        <source>Shown for the reporting line only</source>
        <translation>仅为显示汇报线</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Gaps (%1)</source>
        <translation>缺口（%1）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview and key figures</source>
        <translation>概览与关键指标</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>进行中商机金额</translation>
    </message>
    <message>
        <source>Contacts (left)</source>
        <translation>联系人（已离职）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Opportunities (open)</source>
        <translation>商机（进行中）</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups, last %n day(s)</source>
        <translation>
            <numerusform>近 %n 天跟进记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>未完成待办</translation>
    </message>
    <message>
        <source>Industry: %1</source>
        <translation>行业：%1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <source>Short name: %1</source>
        <translation>简称：%1</translation>
    </message>
    <message>
        <source>No org units or contacts are recorded for this account yet.</source>
        <translation>该客户尚未录入任何组织单元或联系人。</translation>
    </message>
    <message>
        <source>A large map is easier to read on its own: summit-cli orgchart writes it over several A3 pages.</source>
        <translation>大型图谱单独查看更清晰：summit-cli orgchart 可将其输出为多页 A3。</translation>
    </message>
    <message>
        <source>Key people</source>
        <translation>关键人物</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title, unit</source>
        <translation>职务、所属单元</translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation>决策角色</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>关系覆盖</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>No key people: nobody holds a decision role or has influence 4 or 5.</source>
        <translation>无关键人物：没有人担任决策角色，也没有人的影响力为 4 或 5。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人覆盖</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>No gaps found in the decision chain.</source>
        <translation>决策链中未发现缺口。</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Open opportunities and their buying centers</source>
        <translation>进行中商机及其采购角色</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Buying center</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <source>No open opportunities.</source>
        <translation>无进行中商机。</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>未录入</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups of the last %n day(s)</source>
        <translation>
            <numerusform>最近 %n 天的跟进记录</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>By</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>With</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Summary and outcome</source>
        <translation>摘要与结果</translation>
    </message>
    <message numerus="yes">
        <source>No follow-ups in the last %n day(s).</source>
        <translation>
            <numerusform>最近 %n 天没有跟进记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest %1 of %2 follow-ups; the account&apos;s timeline in Summit lists them all.</source>
        <translation>仅列出 %2 条跟进记录中最新的 %1 条；Summit 中该客户的时间线列有全部记录。</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation>无未完成待办。</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>No next steps are recorded: no open task, deal next step or follow-up action.</source>
        <translation>尚未记录下一步：没有未完成待办、商机下一步或跟进记录中的下一步行动。</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Account plan</source>
        <translation>客户经营计划</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Account manager: %1</source>
        <translation>客户经理：%1</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>无阶段</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1：%2 个 · %3</translation>
    </message>
    <message>
        <source>No open opportunities with an amount.</source>
        <translation>没有填写金额的进行中商机。</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>商机金额</translation>
    </message>
    <message>
        <source>Weighted by probability</source>
        <translation>按概率加权</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>No team members.</source>
        <translation>无团队成员。</translation>
    </message>
    <message>
        <source>(no author)</source>
        <translation>（未记录跟进人）</translation>
    </message>
    <message>
        <source>Cannot start drawing the report.</source>
        <translation>无法开始绘制报告。</translation>
    </message>
    <message>
        <source>Cannot finish drawing the report.</source>
        <translation>无法完成报告绘制。</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: the file name must end in .pdf.</source>
        <translation>无法将报告写入 %1：文件名必须以 .pdf 结尾。</translation>
    </message>
    <message>
        <source>Team review</source>
        <translation>团队复盘</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>进行中商机</translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>加权预测</translation>
    </message>
    <message>
        <source>Won in the period</source>
        <translation>本期赢单</translation>
    </message>
    <message>
        <source>Win rate (won / lost)</source>
        <translation>赢单率（赢单 / 输单）</translation>
    </message>
    <message>
        <source>%1 (%2 / %3)</source>
        <translation>%1（%2 / %3）</translation>
    </message>
    <message>
        <source>Follow-ups in the period</source>
        <translation>本期跟进次数</translation>
    </message>
    <message>
        <source>Accounts at risk</source>
        <translation>风险客户</translation>
    </message>
    <message numerus="yes">
        <source>Quiet for %n day(s) or more</source>
        <translation>
            <numerusform>%n 天及以上未跟进</numerusform>
        </translation>
    </message>
    <message>
        <source>The pipeline, the funnel and the forecast are the state on %1; won deals, the win rate and the follow-ups count the period %2 to %3. Amounts add up deals in CNY.</source>
        <translation>商机管道、漏斗和预测为 %1 当日的状态；赢单、赢单率和跟进次数统计的是 %2 至 %3 期间。金额为人民币商机金额合计。</translation>
    </message>
    <message>
        <source>Pipeline funnel</source>
        <translation>商机漏斗</translation>
    </message>
    <message>
        <source>Weighted forecast by expected close</source>
        <translation>按预计成交月份的加权预测</translation>
    </message>
    <message>
        <source>Activity ranking</source>
        <translation>活动排名</translation>
    </message>
    <message>
        <source>#</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>按类型</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2 次</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No account with an open deal is at risk.</source>
        <translation>有进行中商机的客户均无风险。</translation>
    </message>
    <message>
        <source>Renewals due in the next 90 days</source>
        <translation>未来 90 天内到期的续约</translation>
    </message>
    <message>
        <source>No contracts are recorded yet, so there are no renewals to list. Contracts are entered on the Contracts tab of each account.</source>
        <translation>尚未录入任何合同，因此没有可列出的续约。合同在各客户的“合同”标签页中录入。</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Service ends</source>
        <translation>服务结束日期</translation>
    </message>
    <message>
        <source>No contract ends in the next 90 days without a renewal.</source>
        <translation>未来 90 天内没有到期且未续约的合同。</translation>
    </message>
    <message>
        <source>Receivables overdue or due in the next 90 days</source>
        <translation>逾期或未来 90 天内到期的应收款</translation>
    </message>
    <message>
        <source>No payments are planned in Summit yet, so there are no receivables due. Payments are planned on the Receivables tab of each account.</source>
        <translation>Summit 中尚未制定回款计划，因此没有到期的应收款。回款计划在各客户的“回款计划”标签页中制定。</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>应收日期</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Nothing is overdue and nothing falls due in the next 90 days.</source>
        <translation>没有逾期款项，未来 90 天内也没有到期款项。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>due</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Account health</source>
        <translation>客户健康度</translation>
    </message>
    <message numerus="yes">
        <source>Accounts gone quiet (no follow-up in %n day(s))</source>
        <translation>
            <numerusform>久未跟进的客户（%n 天内无跟进记录）</numerusform>
        </translation>
    </message>
    <message>
        <source>Days quiet</source>
        <translation>未跟进天数</translation>
    </message>
    <message numerus="yes">
        <source>Every account had a follow-up in the last %n day(s).</source>
        <translation>
            <numerusform>所有客户在最近 %n 天内均有跟进记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly team review</source>
        <translation>团队周报</translation>
    </message>
    <message>
        <source>Monthly team review</source>
        <translation>团队月报</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>整个团队</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1：%2 至 %3</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>Healthy (70 and above): %1 · needs attention (40–69): %2 · at risk (below 40): %3.</source>
        <translation>健康（70 分及以上）：%1 · 需关注（40–69 分）：%2 · 高风险（40 分以下）：%3。</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>What costs most</source>
        <translation>主要失分项</translation>
    </message>
    <message>
        <source>Every account is healthy.</source>
        <translation>所有客户均健康。</translation>
    </message>
    <message>
        <source>%1 (before: %2)</source>
        <translation>%1（上期：%2）</translation>
    </message>
    <message>
        <source>Quarterly team review</source>
        <translation>团队季度复盘</translation>
    </message>
    <message>
        <source>Annual team review</source>
        <translation>团队年度复盘</translation>
    </message>
    <message>
        <source>Health of the unit and those below it: green, amber, red</source>
        <translation>该单位及下属单位的健康度：绿、黄、红</translation>
    </message>
</context>
<context>
    <name>summit::ui</name>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>This database does not exist</source>
        <translation>此数据库不存在</translation>
    </message>
    <message>
        <source>This database is empty</source>
        <translation>此数据库为空</translation>
    </message>
    <message>
        <source>This is not a Summit database</source>
        <translation>这不是 Summit 数据库</translation>
    </message>
    <message>
        <source>This database is damaged</source>
        <translation>此数据库已损坏</translation>
    </message>
    <message>
        <source>This database is from a newer version of Summit</source>
        <translation>此数据库来自更新版本的 Summit</translation>
    </message>
    <message>
        <source>This database needs upgrading, but it is read-only</source>
        <translation>此数据库需要升级，但它是只读的</translation>
    </message>
    <message>
        <source>This database is in use</source>
        <translation>此数据库正在使用中</translation>
    </message>
    <message>
        <source>Summit cannot open this database</source>
        <translation>Summit 无法打开此数据库</translation>
    </message>
    <message>
        <source>Check the name and the folder, or choose another file. Summit makes a new database only when you ask: &quot;Create New Database&quot; makes an empty one here.</source>
        <translation>请检查名称和文件夹，或选择其他文件。Summit 只会在您要求时新建数据库：点击“新建数据库”即可在此处新建一个空数据库。</translation>
    </message>
    <message>
        <source>Check the path (a disk that is not connected?), or choose another file.</source>
        <translation>请检查路径（是否有磁盘未连接？），或选择其他文件。</translation>
    </message>
    <message>
        <source>Restore it from a backup, or choose another file.</source>
        <translation>请从备份恢复，或选择其他文件。</translation>
    </message>
    <message>
        <source>Restore the file from a backup copy, or choose another file.</source>
        <translation>请从备份副本恢复该文件，或选择其他文件。</translation>
    </message>
    <message>
        <source>Update Summit to open it, or choose another file.</source>
        <translation>请升级 Summit 后再打开，或选择其他文件。</translation>
    </message>
    <message>
        <source>Copy the file to a folder you can write to and open the copy, or choose another file.</source>
        <translation>请将文件复制到有写入权限的文件夹并打开该副本，或选择其他文件。</translation>
    </message>
    <message>
        <source>Close the other program, then open the file again; or choose another file.</source>
        <translation>请关闭另一个程序，然后重新打开该文件；或选择其他文件。</translation>
    </message>
    <message>
        <source>Choose another file.</source>
        <translation>请选择其他文件。</translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation>选择其他文件…</translation>
    </message>
    <message>
        <source>Create New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Refused: %1. %2</source>
        <translation>无法执行“%1”：%2</translation>
    </message>
    <message>
        <source>Move %1 under %2</source>
        <translation>将%1移到%2之下</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>将%1移到%2</translation>
    </message>
    <message>
        <source>Mark %1 as having left the company</source>
        <translation>将%1标记为已离职</translation>
    </message>
    <message>
        <source>Mark %1 as active again</source>
        <translation>将%1重新标记为在职</translation>
    </message>
    <message>
        <source>Add influence link %1 → %2</source>
        <translation>添加影响关系 %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>已隐藏 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Summit databases (*.db *.summit);;All files (*)</source>
        <translation>Summit 数据库 (*.db *.summit);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>New ssh Server</source>
        <translation>新的 ssh 服务器</translation>
    </message>
    <message>
        <source>This computer has never connected to %1 before.</source>
        <translation>此电脑从未连接过 %1。</translation>
    </message>
    <message>
        <source>Its key fingerprint is:
%1

Compare it with the fingerprint the server&apos;s administrator gives you. Trust the server only if they are the same; Summit then remembers it in ~/.ssh/known_hosts.</source>
        <translation>其密钥指纹为：
%1

请与服务器管理员提供的指纹比对。只有两者相同时才信任该服务器；Summit 随后会将其记录在 ~/.ssh/known_hosts 中。</translation>
    </message>
    <message>
        <source>Trust This Server</source>
        <translation>信任此服务器</translation>
    </message>
    <message>
        <source>About Summit</source>
        <translation>关于 Summit</translation>
    </message>
    <message>
        <source>Key-account management for enterprise sales teams. Works offline; replicates through git.</source>
        <translation>面向企业销售团队的大客户管理软件。支持离线使用，通过 git 同步数据。</translation>
    </message>
    <message>
        <source>Version %1 (commit %2)</source>
        <translation>版本 %1（提交 %2）</translation>
    </message>
    <message>
        <source>Running on</source>
        <translation>运行环境</translation>
    </message>
    <message>
        <source>GNU LGPL version 3</source>
        <translation>GNU LGPL 第 3 版</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>公有领域</translation>
    </message>
    <message>
        <source>GNU GPL version 2 with a linking exception</source>
        <translation>GNU GPL 第 2 版（附链接例外）</translation>
    </message>
    <message>
        <source>zlib licence</source>
        <translation>zlib 许可证</translation>
    </message>
    <message>
        <source>MIT licence (the tests only; not shipped)</source>
        <translation>MIT 许可证（仅用于测试，不随软件分发）</translation>
    </message>
    <message>
        <source>Licences of the libraries Summit uses</source>
        <translation>Summit 所用库的许可证</translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation>筛选联系人</translation>
    </message>
    <message>
        <source>Log follow-up…</source>
        <translation>记录跟进…</translation>
    </message>
    <message>
        <source>Open form…</source>
        <translation>打开表单…</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contacts</source>
        <translation>
            <numerusform>显示 %1 个，共 %n 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>Who knows them…</source>
        <translation>谁认识此人…</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>我的(&amp;M)</translation>
    </message>
    <message>
        <source>Accounts where I am the account manager, solution architect or delivery expert</source>
        <translation>我担任客户经理、解决方案架构师或交付专家的客户</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>已逾期(&amp;O)</translation>
    </message>
    <message>
        <source>Accounts with an open task past its due date</source>
        <translation>有未完成待办已超过截止日期的客户</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>按名称筛选</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>&amp;Log follow-up…</source>
        <translation>记录跟进(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a visit, call or meeting with this account</source>
        <translation>记录与该客户的拜访、电话或会议</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>联系人(&amp;P)：</translation>
    </message>
    <message>
        <source>Opp&amp;ortunity:</source>
        <translation>商机(&amp;O)：</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>&amp;Open follow-up</source>
        <translation>打开跟进记录(&amp;O)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部联系人</translation>
    </message>
    <message>
        <source>All opportunities</source>
        <translation>全部商机</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n 条跟进记录</numerusform>
        </translation>
    </message>
    <message>
        <source>This record is in the trash now.</source>
        <translation>该记录现已在回收站中。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>history: what happened to the record</comment>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <comment>history column: who made the change</comment>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>旧值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>打开记录(&amp;O)</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Next action due</source>
        <translation>下一步行动截止日期</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>进行中商机金额</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>&amp;Saved filters:</source>
        <translation>已保存的筛选(&amp;S)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>保存筛选…</translation>
    </message>
    <message>
        <source>Delete filter</source>
        <translation>删除筛选</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <source>Find account</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>保存筛选</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>筛选名称：</translation>
    </message>
    <message>
        <source>Saved the filter &quot;%1&quot;.</source>
        <translation>已保存筛选“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Change selected accounts…</source>
        <translation>批量修改所选客户…</translation>
    </message>
    <message>
        <source>Select the accounts to change first.</source>
        <translation>请先选择要修改的客户。</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Open in &amp;Window</source>
        <translation>在新窗口中打开(&amp;W)</translation>
    </message>
    <message>
        <source>Open this map in a window of its own</source>
        <translation>在单独的窗口中打开此图谱</translation>
    </message>
    <message>
        <source>Decision-chain map — %1</source>
        <translation>决策链图谱 — %1</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>导出图谱</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Find a person…</source>
        <translation>查找联系人…</translation>
    </message>
    <message>
        <source>Find a person on the map</source>
        <translation>在图谱中查找联系人</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Buying center of an opportunity</source>
        <translation>商机的采购角色</translation>
    </message>
    <message>
        <source>Highlight the buying center of one opportunity</source>
        <translation>突出显示某个商机的采购角色</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Only people with the checked stances (none checked: everyone)</source>
        <translation>仅显示所勾选立场的联系人（未勾选时显示全部）</translation>
    </message>
    <message>
        <source>Coverage of a team member</source>
        <translation>团队成员的关系覆盖</translation>
    </message>
    <message>
        <source>Highlight the people one team member knows</source>
        <translation>突出显示某位团队成员认识的人</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>缩小 (−)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大 (+)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Actual size (0)</source>
        <translation>实际大小 (0)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Fit the whole map in the window (F)</source>
        <translation>缩放图谱以完整显示在窗口中 (F)</translation>
    </message>
    <message>
        <source>Whole map…</source>
        <translation>整个图谱…</translation>
    </message>
    <message>
        <source>Visible part…</source>
        <translation>可见部分…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the map as PNG, SVG or PDF</source>
        <translation>将图谱导出为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the whole map on one page</source>
        <translation>将整个图谱打印在一页上</translation>
    </message>
    <message>
        <source>No buying center</source>
        <translation>不显示采购角色</translation>
    </message>
    <message>
        <source>No coverage overlay</source>
        <translation>不显示关系覆盖</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>There is nothing on the map to export.</source>
        <translation>图谱中没有可导出的内容。</translation>
    </message>
    <message>
        <source>%1 decision-chain map %2.pdf</source>
        <translation>%1 决策链图谱 %2.pdf</translation>
    </message>
    <message>
        <source>Map exported to %1</source>
        <translation>图谱已导出到 %1</translation>
    </message>
    <message>
        <source>There is nothing on the map to print.</source>
        <translation>图谱中没有可打印的内容。</translation>
    </message>
    <message>
        <source>Could not start printing.</source>
        <translation>无法开始打印。</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>&amp;Log follow-up about this opportunity…</source>
        <translation>记录此商机的跟进(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Open opportunity</source>
        <translation>打开商机(&amp;O)</translation>
    </message>
    <message>
        <source>Role in the deal</source>
        <translation>商机中的角色</translation>
    </message>
    <message>
        <source>Buying center</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <source>Buying center of %1</source>
        <translation>%1 的采购角色</translation>
    </message>
    <message>
        <source>Add to buying center…</source>
        <translation>加入采购中心…</translation>
    </message>
    <message>
        <source>Remove from buying center</source>
        <translation>移出采购中心</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移动到</translation>
    </message>
    <message>
        <source>New parent of %1:</source>
        <translation>%1的新上级单元：</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <source>Move the selected unit under another unit (Ctrl+M)</source>
        <translation>将所选单元移到另一单元之下 (Ctrl+M)</translation>
    </message>
    <message>
        <source>Select a unit to move first.</source>
        <translation>请先选择要移动的单元。</translation>
    </message>
    <message>
        <source>Select a unit to see its contacts.</source>
        <translation>选择一个单元以查看其联系人。</translation>
    </message>
    <message numerus="yes">
        <source>Contacts of %1 (%n)</source>
        <translation>
            <numerusform>%1的联系人（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>New sub-unit…</source>
        <translation>新建下级单元…</translation>
    </message>
    <message>
        <source>New sibling unit…</source>
        <translation>新建同级单元…</translation>
    </message>
    <message>
        <source>New person in this unit…</source>
        <translation>在此单元新建人员…</translation>
    </message>
    <message>
        <source>Basic data</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Follow-ups, last 90 days</source>
        <translation>近 90 天跟进记录</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <comment>account figure</comment>
        <translation>未完成待办</translation>
    </message>
    <message>
        <source>Finance and credit</source>
        <translation>财务与信用</translation>
    </message>
    <message>
        <source>Invoice data</source>
        <translation>开票信息</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the account&apos;s data (Ctrl+E)</source>
        <translation>编辑客户资料 (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n open opportunities</source>
        <translation>
            <numerusform>%1（%n 个进行中商机）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n left the company)</source>
        <translation>
            <numerusform>%1（%n 人已离职）</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Decision-chain map</source>
        <translation>决策链图谱</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>完成于 %1</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>标记为已完成(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>新建待办(&amp;N)…</translation>
    </message>
    <message>
        <source>What needs doing?</source>
        <translation>需要做什么？</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>添加待办(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>重新打开(&amp;R)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <comment>task assignee</comment>
        <translation>（未指派）</translation>
    </message>
    <message>
        <source>Overdue: was due %1</source>
        <translation>已逾期：截止日期为 %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织架构</translation>
    </message>
    <message>
        <source>This account does not exist (any more). It may have been removed on another device; close this view.</source>
        <translation>该客户不存在或已被移除，可能已在其他设备上删除；请关闭此视图。</translation>
    </message>
    <message>
        <source>%1 is in the trash. Restore it from the trash to work on it again.</source>
        <translation>%1已在回收站中。请从回收站恢复后再继续处理。</translation>
    </message>
    <message>
        <source>Unknown account</source>
        <translation>未知客户</translation>
    </message>
    <message>
        <source>Tier: not set</source>
        <translation>客户分级：未设置</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 级客户</translation>
    </message>
    <message>
        <source>Stage: not set</source>
        <translation>阶段：未设置</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>AM: %1 · SA: %2 · DE: %3</source>
        <translation>客户经理：%1 · 解决方案架构师：%2 · 交付专家：%3</translation>
    </message>
    <message>
        <source>Save a Copy of the Backup</source>
        <translation>保存备份副本</translation>
    </message>
    <message>
        <source>Summit databases (*.db);;All files (*)</source>
        <translation>Summit 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>正在备份 %1…</translation>
    </message>
    <message>
        <source>Save a Copy Elsewhere…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Backed up to:</source>
        <translation>已备份到：</translation>
    </message>
    <message>
        <source>%1 · Accounts %2 · Contacts %3 · Follow-ups %4 · Opportunities %5 · Tasks %6</source>
        <translation>%1 · 客户 %2 · 联系人 %3 · 跟进记录 %4 · 商机 %5 · 待办 %6</translation>
    </message>
    <message>
        <source>Older backups removed: %1. Kept are the newest of each of the last %2 days and of each of the last %3 weeks.</source>
        <translation>已删除 %1 个较早的备份。保留的是最近 %2 天中每天最新的一份，以及最近 %3 周中每周最新的一份。</translation>
    </message>
    <message>
        <source>Cannot save a copy to %1.</source>
        <translation>无法将副本保存到 %1。</translation>
    </message>
    <message>
        <source>A copy is saved to %1.</source>
        <translation>副本已保存到 %1。</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>A change made at the same time on another device lost to the current value. Click to see both and keep either.</source>
        <translation>另一台设备上同时所做的修改已被当前值覆盖。点击可查看两个值，并选择保留其一。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>another device</source>
        <translation>另一台设备</translation>
    </message>
    <message>
        <source>%1 of %2 was changed on two devices at once; the current value won.</source>
        <translation>“%2”的%1在两台设备上被同时修改；已采用当前值。</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>被覆盖的值</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>%1 was deleted by someone while it was being edited; the edit keeps it. Keep the other side to delete it after all.</source>
        <translation>有人在 %1 被编辑的同时删除了它；编辑使其保留。选择另一方可仍然删除它。</translation>
    </message>
    <message>
        <source>Values that lost to a change made at the same time on another device. Keep the current value or bring back the other one.</source>
        <translation>以下是因另一台设备同时修改而被覆盖的值。您可以保留当前值，或改用被覆盖的值。</translation>
    </message>
    <message>
        <source>No conflicts: every device agrees.</source>
        <translation>没有冲突：所有设备的数据一致。</translation>
    </message>
    <message>
        <source>Keep &amp;current value</source>
        <translation>保留当前值(&amp;C)</translation>
    </message>
    <message>
        <source>Keep &amp;other value</source>
        <translation>改用被覆盖的值(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;record</source>
        <translation>打开记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep the record</source>
        <translation>保留该记录(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Delete it after all</source>
        <translation>仍然删除(&amp;D)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nobody on the team covers %1.</source>
        <translation>团队中无人覆盖%1。</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>关系覆盖</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Not saved for %1. %2 You typed: “%3”</source>
        <translation>%1的修改未保存。%2您输入的是：“%3”</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Who knows %1</source>
        <translation>谁认识 %1</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>&amp;Team member:</source>
        <translation>团队成员(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Knows them:</source>
        <translation>熟悉程度(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Team wants:</source>
        <translation>团队期望(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>移除所选(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1（已离开）</translation>
    </message>
    <message>
        <source>Add the team&apos;s members first (Team page).</source>
        <translation>请先添加团队成员（团队页面）。</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Extra fields for accounts, contacts, opportunities and follow-ups. They show in the record forms (and as list columns if you choose) and are searched, exported and shared with the team. Removing one hides its values; restoring it from the Trash shows them again.</source>
        <translation>客户、联系人、商机和跟进记录的扩展字段。它们显示在记录表单中（也可选择作为列表的列），可被搜索、导出并与团队共享。删除字段会隐藏其值；从回收站恢复后值会重新显示。</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <translation>商机：%1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>(unknown contact)</source>
        <translation>（未知联系人）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4</source>
        <translation>%1 · %2 · %3：%4</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1（截止日期 %2）</translation>
    </message>
    <message>
        <source>Search accounts, contacts, deals… (Ctrl+K)</source>
        <translation>搜索客户、联系人、商机… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Org units</source>
        <translation>组织单元</translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation>未找到与“%1”匹配的结果</translation>
    </message>
    <message>
        <source>Accounts (with their group&apos;s org tree)</source>
        <translation>客户（含集团组织树）</translation>
    </message>
    <message>
        <source>Org units of existing accounts</source>
        <translation>已有客户的组织单位</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>An Excel workbook (XLSX, also from WPS or LibreOffice) or a CSV/TSV file, with a header row.</source>
        <translation>带表头行的 Excel 工作簿（XLSX，也可来自 WPS 或 LibreOffice）或 CSV/TSV 文件。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Import as:</source>
        <translation>导入为(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Encoding (CSV):</source>
        <translation>编码（CSV）(&amp;E)：</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>取消读取</translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1（隐藏）</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>Each column of the file goes into the field chosen beside it. Columns were matched from their headers; correct what is wrong.</source>
        <translation>文件的每一列都会导入到其旁边选择的字段。列已按表头自动匹配；请更正不对的地方。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>保存为模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Name of this mapping:</source>
        <translation>此映射的名称：</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is for another kind of import.</source>
        <translation>模板“%1”用于另一种导入。</translation>
    </message>
    <message>
        <source>(matched from the headers)</source>
        <translation>（按表头匹配）</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <source>What each row will do. Nothing is written until you press Import.</source>
        <translation>每一行将如何处理。按“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Fill their empty fields</source>
        <translation>只补充空字段</translation>
    </message>
    <message>
        <source>Overwrite them with the file&apos;s values</source>
        <translation>用文件中的值覆盖</translation>
    </message>
    <message>
        <source>Leave those rows out</source>
        <translation>不导入这些行</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>全部不导入</translation>
    </message>
    <message>
        <source>Records already in Summit:</source>
        <translation>Summit 中已有的记录：</translation>
    </message>
    <message>
        <source>Rows with errors:</source>
        <translation>有错误的行：</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>将会</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Save Rows with &amp;Errors…</source>
        <translation>保存有错误的行(&amp;E)…</translation>
    </message>
    <message>
        <source>Save Rows with Errors</source>
        <translation>保存有错误的行</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Nothing will be imported while rows have errors.</source>
        <translation>只要还有行存在错误，就不会导入任何内容。</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>%1

The import is one change: Undo (Ctrl+Z) removes all of it. It is shared with your team at the next sync.</source>
        <translation>%1

整个导入是一次变更：撤销（Ctrl+Z）即可全部移除。下次同步时会共享给团队。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>模板(&amp;M)：</translation>
    </message>
    <message>
        <source>Choose another sheet or file</source>
        <translation>选择另一张工作表或文件</translation>
    </message>
    <message>
        <source>Add &amp;Another Sheet or File…</source>
        <translation>添加另一张工作表或文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Import a related sheet too, such as the contacts of these accounts: it is checked as if this sheet were already imported, and both are imported together as one change.</source>
        <translation>同时导入相关的工作表，例如这些客户的联系人：检查时视为本表已导入，两者作为一次变更一起导入。</translation>
    </message>
    <message>
        <source>Imported together as one change:</source>
        <translation>作为一次变更一起导入：</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>import-errors.xlsx</source>
        <translation>导入错误.xlsx</translation>
    </message>
    <message>
        <source>Summit — Key-account management</source>
        <translation>Summit — 大客户管理</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Summit</source>
        <translation>关于 Summit(&amp;A)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Database</source>
        <translation>打开演示数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>客户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Opportunities</source>
        <translation>商机(&amp;O)</translation>
    </message>
    <message>
        <source>Ta&amp;sks</source>
        <translation>待办(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>跟进记录(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>设置(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>客户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Log Follow-up…</source>
        <translation>记录跟进(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Close Account Tab</source>
        <translation>关闭客户标签页(&amp;C)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>当前用户：%1</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>没有最近打开的数据库</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Sync is not available in this window.</source>
        <translation>此窗口无法使用同步。</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>新建记录(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;Database…</source>
        <translation>新建数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>团队(&amp;M)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>从备份恢复(&amp;T)…</translation>
    </message>
    <message>
        <source>This database is open read-only, so it does not sync.</source>
        <translation>此数据库以只读方式打开，因此不会同步。</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>%1 is open read-only, so Summit cannot put a backup in its place. Open it where you may change it to restore it.</source>
        <translation>%1 以只读方式打开，因此 Summit 无法用备份替换它。请以可写方式打开它后再恢复。</translation>
    </message>
    <message>
        <source>Cannot open %1 again:
%2</source>
        <translation>无法重新打开 %1：
%2</translation>
    </message>
    <message>
        <source>%1 is restored from the backup.</source>
        <translation>已从备份恢复 %1。</translation>
    </message>
    <message>
        <source>The database as it was is kept as a backup:
%1</source>
        <translation>原数据库已作为备份保留：
%1</translation>
    </message>
    <message>
        <source>It belongs to a team: it now writes under a new replica id, and the next sync brings back what the team has.</source>
        <translation>该数据库属于某个团队：现改为以新的副本 ID 写入，下次同步时会取回团队的全部数据。</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>截至(&amp;A)</translation>
    </message>
    <message>
        <source>Show the map as it was at the end of this day</source>
        <translation>显示该日结束时的图谱</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>当前(&amp;N)</translation>
    </message>
    <message>
        <source>Show the map as it is now</source>
        <translation>显示当前的图谱</translation>
    </message>
    <message>
        <source>Changes &amp;since</source>
        <translation>变更起始于(&amp;S)</translation>
    </message>
    <message>
        <source>Mark and list what changed from the start of this day to the date shown</source>
        <translation>在图谱上标记并列出从该日开始至所显示日期为止的变更</translation>
    </message>
    <message>
        <source>Who</source>
        <comment>map changes column: the person or unit changed</comment>
        <translation>对象</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>旧值 → 新值</translation>
    </message>
    <message>
        <source>By</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Press Enter to show on the map</source>
        <translation>按 Enter 在图谱中显示</translation>
    </message>
    <message>
        <source>No changes since %1.</source>
        <translation>自 %1 以来没有变更。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since %1:</source>
        <translation>
            <numerusform>自 %1 以来共有 %n 项变更：</numerusform>
        </translation>
    </message>
    <message>
        <source>No one on this map matches &quot;%1&quot;.</source>
        <translation>图谱中没有与“%1”匹配的联系人。</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <translation>打开%1(&amp;O)</translation>
    </message>
    <message>
        <source>Decision &amp;role</source>
        <translation>决策角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>立场(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Influence</source>
        <translation>影响力(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Left the company</source>
        <translation>已离职(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add person reporting to %1…</source>
        <translation>添加向%1汇报的联系人(&amp;A)…</translation>
    </message>
    <message>
        <source>Draw influence lin&amp;k from here</source>
        <translation>从此人绘制影响关系(&amp;K)</translation>
    </message>
    <message>
        <source>Log &amp;follow-up…</source>
        <translation>记录跟进(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Add person in %1…</source>
        <translation>在%1中添加联系人(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;xpand</source>
        <translation>展开(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Collapse</source>
        <translation>折叠(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;everyone</source>
        <translation>显示全部人员(&amp;E)</translation>
    </message>
    <message>
        <source>F&amp;ocus on %1</source>
        <translation>聚焦于%1(&amp;O)</translation>
    </message>
    <message>
        <source>This is the map as of %1; it cannot be edited. Show today&apos;s map to make changes.</source>
        <translation>这是截至 %1 的图谱，无法编辑。请切换到今日的图谱后再修改。</translation>
    </message>
    <message>
        <source>A unit can only be moved under another unit, not under a person.</source>
        <translation>组织单元只能移到另一个组织单元之下，不能移到联系人之下。</translation>
    </message>
    <message>
        <source>Click the person %1 influences (or select them and press Enter); Esc cancels.</source>
        <translation>请点击受%1影响的联系人（或选中后按 Enter）；按 Esc 取消。</translation>
    </message>
    <message>
        <source>An influence link goes from one person to another.</source>
        <translation>影响关系只能从一个联系人指向另一个联系人。</translation>
    </message>
    <message>
        <source>&amp;Who knows them…</source>
        <translation>谁认识此人(&amp;W)…</translation>
    </message>
    <message>
        <source>Role in %1</source>
        <translation>在 %1 中的角色</translation>
    </message>
    <message>
        <source>Not in the buying center</source>
        <translation>不在采购中心</translation>
    </message>
    <message>
        <source>Add &amp;sub-unit to %1…</source>
        <translation>为 %1 添加下级单元(&amp;S)…</translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translation>关系(&amp;K)</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Could not move %1: %2</source>
        <translation>无法移动%1：%2</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 cannot be changed: the file or its folder is read-only. You can look at everything, but changes are not saved. To work in it, copy the file to a folder you can write to and open the copy (File ▸ Open Database).</source>
        <translation>&lt;b&gt;只读。&lt;/b&gt;%1 无法修改：该文件或其所在文件夹为只读。您可以查看全部内容，但所做的更改不会保存。如需编辑，请将文件复制到有写入权限的文件夹，然后打开该副本（文件 ▸ 打开数据库）。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <translation>仅看我的(&amp;M)</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Change selected…</source>
        <translation>批量修改所选…</translation>
    </message>
    <message>
        <source>Select the records to change first.</source>
        <translation>请先选择要修改的记录。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restore from a Backup File</source>
        <translation>从备份文件恢复</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation>其他文件(&amp;O)…</translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2 yet.</source>
        <translation>%2 中还没有 %1 的备份。</translation>
    </message>
    <message>
        <source>Backups of %1 in %2, newest first.</source>
        <translation>%2 中 %1 的备份，最新的在前。</translation>
    </message>
    <message>
        <source>(before a restore)</source>
        <translation>（恢复前）</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Replace the database %1 with the backup made %2?</source>
        <translation>用 %2 的备份替换数据库 %1？</translation>
    </message>
    <message>
        <source>The database as it is now is kept as a backup first, so you can go back to it from this list. Summit closes the database, restores and reopens it.</source>
        <translation>当前数据库会先作为备份保留，之后可以在此列表中恢复到它。Summit 将关闭数据库，执行恢复后重新打开。</translation>
    </message>
    <message>
        <source>This database belongs to a team. After the restore it writes under a new replica id, and the next sync brings back everything the team has, including the changes this computer had already sent; changes it had not sent are only in the kept backup.</source>
        <translation>此数据库属于某个团队。恢复后它将以新的副本 ID 写入，下次同步时会取回团队的全部数据，包括本机此前已发送的更改；本机尚未发送的更改只保存在保留的备份中。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>立即重启(&amp;R)</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>当前数据库</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>我是(&amp;I)：</translation>
    </message>
    <message>
        <source>Your changes are recorded under this team member, and Today shows this member&apos;s tasks and accounts.</source>
        <translation>您所做的更改将记在此团队成员名下，“今日”页面也将显示该成员的待办和客户。</translation>
    </message>
    <message>
        <source>No team members yet</source>
        <translation>尚无团队成员</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>语言与外观</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外观(&amp;A)：</translation>
    </message>
    <message>
        <source>The new language or appearance applies when Summit starts again.</source>
        <translation>新的语言或外观将在 Summit 下次启动时生效。</translation>
    </message>
    <message>
        <source>Welcome to Summit</source>
        <translation>欢迎使用 Summit</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Summit&lt;/h3&gt;Summit keeps your key accounts on this computer and works offline. How would you like to start?</source>
        <translation>&lt;h3&gt;欢迎使用 Summit&lt;/h3&gt;Summit 将您的大客户数据保存在本机，支持离线使用。您想如何开始？</translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation>使用演示数据体验</translation>
    </message>
    <message>
        <source>Twelve sample customer groups with org charts, contacts, follow-ups and opportunities.</source>
        <translation>包含 12 个示例集团客户及其组织架构、联系人、跟进记录和商机。</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>从空数据库开始</translation>
    </message>
    <message>
        <source>Enter your own accounts from the beginning.</source>
        <translation>从头开始录入您自己的客户。</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>打开现有数据库…</translation>
    </message>
    <message>
        <source>A Summit database file from a colleague or a backup.</source>
        <translation>打开同事提供的或备份的 Summit 数据库文件。</translation>
    </message>
    <message>
        <source>Join my team</source>
        <translation>加入我的团队</translation>
    </message>
    <message>
        <source>Set up the team&apos;s shared remote; the first sync brings in everyone&apos;s accounts.</source>
        <translation>设置团队共享的远程仓库；首次同步会带入所有成员的客户。</translation>
    </message>
    <message>
        <source>Team remote</source>
        <translation>团队远程仓库</translation>
    </message>
    <message>
        <source>/srv/share/team.git, ssh://git@host/team.git or https://host/team.git</source>
        <translation>/srv/share/team.git、ssh://git@host/team.git 或 https://host/team.git</translation>
    </message>
    <message>
        <source>&amp;Remote:</source>
        <translation>远程仓库(&amp;R)：</translation>
    </message>
    <message>
        <source>A path to a bare git repository on a shared drive, git://, ssh:// or https:// (Gitea, GitLab, GitHub). For https give a user name and an access token; for ssh the ssh agent is tried first, then the key file.</source>
        <translation>共享盘上 git 裸仓库的路径，或 git://、ssh://、https:// 地址（Gitea、GitLab、GitHub）。使用 https 时请填写用户名和访问令牌；使用 ssh 时先尝试 ssh-agent，再尝试密钥文件。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>访问令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation>SSH 密钥文件(&amp;K)：</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>密钥口令(&amp;P)：</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>测试连接(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>自动同步</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>同步间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>Summit also syncs when it starts and when it quits. Your changes are saved on this computer at once; sync only shares them.</source>
        <translation>Summit 在启动和退出时也会同步。您的更改会立即保存在本机；同步只负责将其共享给团队。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>上次同步：</translation>
    </message>
    <message>
        <source>Not yet shared:</source>
        <translation>尚未共享：</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>最近一次错误：</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>The user name, token and passphrase are kept in the system keychain.</source>
        <translation>用户名、令牌和口令保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>There is no system keychain: the user name, token and passphrase are kept only until Summit quits, and asked for again next time.</source>
        <translation>没有可用的系统钥匙串：用户名、令牌和口令仅保留到 Summit 退出为止，下次需要重新输入。</translation>
    </message>
    <message>
        <source>Enter the address of the team remote first.</source>
        <translation>请先输入团队远程仓库的地址。</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>正在测试与 %1 的连接…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>连接正常。%1</translation>
    </message>
    <message>
        <source>The connection failed. %1</source>
        <translation>连接失败。%1</translation>
    </message>
    <message>
        <source>Sync failed. %1</source>
        <translation>同步失败。%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未同步</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>SSH key file</source>
        <translation>SSH 密钥文件</translation>
    </message>
    <message>
        <source>The ssh server %1 (key fingerprint %2) was not trusted, so nothing was sent to it.</source>
        <translation>未信任 ssh 服务器 %1（密钥指纹 %2），因此没有向它发送任何数据。</translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation>同步设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Not shared with a team</source>
        <translation>未与团队共享</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n changes not yet shared</source>
        <translation>
            <numerusform>%n 项更改尚未共享</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>已于 %1 同步</translation>
    </message>
    <message>
        <source>Team remote: %1</source>
        <translation>团队远程仓库：%1</translation>
    </message>
    <message>
        <source>Click to set up a team remote.</source>
        <translation>点击设置团队远程仓库。</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>点击立即同步。</translation>
    </message>
    <message>
        <source>%1 leaves the team</source>
        <translation>%1 离开团队</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <comment>no successor for a member who leaves</comment>
        <translation>（无人）</translation>
    </message>
    <message>
        <source>&amp;Hand over to:</source>
        <translation>交接给(&amp;H)：</translation>
    </message>
    <message>
        <source>On the team</source>
        <translation>在团队中</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <comment>team column: a member&apos;s open tasks</comment>
        <translation>未完成任务</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>进行中商机</translation>
    </message>
    <message>
        <source>Mark as left…</source>
        <translation>标记为已离开…</translation>
    </message>
    <message>
        <source>Rejoins the team</source>
        <translation>重新加入团队</translation>
    </message>
    <message>
        <source>&lt;b&gt;The team&lt;/b&gt;</source>
        <translation>&lt;b&gt;团队&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1（我）</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message numerus="yes">
        <source>%n active members</source>
        <translation>
            <numerusform>%n 名在职成员</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no accounts, open tasks or open deals.</source>
        <translation>%1 没有负责的客户、未完成任务或进行中商机。</translation>
    </message>
    <message>
        <source>%1 holds %2, %3 and %4. They go to the successor in one change (Undo puts them back).</source>
        <translation>%1 负责 %2、%3 和 %4。它们将在一次更改中交给接手人（撤销可恢复原状）。</translation>
    </message>
    <message numerus="yes">
        <source>%n open tasks</source>
        <translation>
            <numerusform>%n 个未完成任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deals</source>
        <translation>
            <numerusform>%n 个进行中商机</numerusform>
        </translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>已逾期（%1）</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>没有已逾期的待办。</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>今日到期（%1）</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>今日没有到期的待办。</translation>
    </message>
    <message>
        <source>Next actions due this week (%1)</source>
        <translation>本周到期的下一步行动（%1）</translation>
    </message>
    <message>
        <source>No next actions coming due without a task.</source>
        <translation>没有即将到期且尚未转为待办的下一步行动。</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Accounts gone quiet (%1)</source>
        <translation>久未跟进的客户（%1）</translation>
    </message>
    <message>
        <source>Every account has been followed up within its tier&apos;s interval.</source>
        <translation>所有客户均已在其分级要求的周期内完成跟进。</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <source>Expected every</source>
        <translation>跟进周期</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Recent changes by teammates (%1)</source>
        <translation>团队成员的近期更改（%1）</translation>
    </message>
    <message>
        <source>No changes by teammates in the last 7 days.</source>
        <translation>最近 7 天内团队成员没有任何更改。</translation>
    </message>
    <message>
        <source>Only &amp;my accounts</source>
        <translation>仅看我的客户(&amp;M)</translation>
    </message>
    <message>
        <source>Show only accounts where you are the account manager, solution architect or delivery expert.</source>
        <translation>仅显示您担任客户经理、解决方案架构师或交付专家的客户。</translation>
    </message>
    <message>
        <source>Mark Task &amp;Done</source>
        <translation>完成待办(&amp;D)</translation>
    </message>
    <message>
        <source>Mark the selected task done (Ctrl+Return)</source>
        <translation>将所选待办标记为已完成 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今日 · %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未跟进</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>record type: title</comment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the last 7 days</source>
        <translation>
            <numerusform>最近 7 天内更改 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Task “%1” done.</source>
        <translation>待办“%1”已完成。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>trash column: when it was deleted</comment>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>删除人</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收站为空。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>您是谁？</translation>
    </message>
    <message>
        <source>Summit records who made each change and shows you your own tasks. Choose yourself, or add yourself to the team.</source>
        <translation>Summit 会记录每次更改由谁做出，并向您显示您自己的任务。请选择您自己，或将自己添加到团队中。</translation>
    </message>
    <message>
        <source>Someone new: me</source>
        <translation>新成员：我</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Log follow-up</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <source>Log &amp;Follow-up…</source>
        <translation>记录跟进(&amp;F)…</translation>
    </message>
    <message>
        <source>Log a visit, call or meeting and its next action</source>
        <translation>记录拜访、电话或会议及下一步行动</translation>
    </message>
    <message>
        <source>Type a name or pinyin, e.g. hw or huawei</source>
        <translation>输入名称或拼音，如 hw 或 huawei</translation>
    </message>
    <message>
        <source>Type a name or initials, e.g. wjg; Enter adds</source>
        <translation>输入姓名或拼音首字母，如 wjg；按 Enter 添加</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <source>Becomes a task for you</source>
        <translation>将自动为您生成待办</translation>
    </message>
    <message>
        <source>&amp;Account *</source>
        <translation>客户(&amp;A) *</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>时间(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>联系人(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Opportunity</source>
        <translation>商机(&amp;O)</translation>
    </message>
    <message>
        <source>Su&amp;mmary *</source>
        <translation>摘要(&amp;M) *</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>结果(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>截止日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next action</source>
        <translation>下一步行动(&amp;N)</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Account: pick one of the matches for &quot;%1&quot; from the list.</source>
        <translation>客户：请从列表中选择与“%1”匹配的一项。</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除%1</translation>
    </message>
    <message>
        <source>Change records</source>
        <translation>修改记录</translation>
    </message>
    <message numerus="yes">
        <source>Change %n selected records</source>
        <translation>
            <numerusform>修改所选的 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <source>New &amp;value:</source>
        <translation>新值(&amp;V)：</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n records</source>
        <translation>
            <numerusform>应用到 %n 条记录(&amp;A)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sets one field of the %n selected records to the same value. This is one change: Undo (Ctrl+Z) puts every record back.</source>
        <translation>
            <numerusform>将所选 %n 条记录的同一字段设为相同的值。这是一次更改：撤销（Ctrl+Z）会恢复每条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %n records to %2?</source>
        <translation>
            <numerusform>将 %n 条记录的%1设为 %2？</numerusform>
        </translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-05-20.</source>
        <translation>“%1”不是有效日期（格式如 2026-05-20）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-05-20 14:30.</source>
        <translation>“%1”不是有效的日期时间（格式如 2026-05-20 14:30）。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>e.g. 1234.50 or 12万</source>
        <translation>如 1234.50 或 12万</translation>
    </message>
    <message>
        <source>New %1…</source>
        <translation>新建%1…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete %1 %2?</source>
        <translation>删除%1 %2？</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n records?</source>
        <translation>
            <numerusform>删除 %n 条记录？</numerusform>
        </translation>
    </message>
    <message>
        <source>Under it: %1. They are hidden while it is in the Trash and come back with it.</source>
        <translation>其下有：%1。它在回收站期间这些记录会被隐藏，恢复时一并恢复。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) or the Trash brings it back.</source>
        <translation>撤销（Ctrl+Z）或回收站可以将其恢复。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Discard unsaved changes?</source>
        <translation>放弃未保存的更改？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>打开已有记录</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>This may already be in Summit:
%1

Open the existing record instead?</source>
        <translation>Summit 中可能已有此记录：
%1

是否改为打开已有记录？</translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot;.</source>
        <translation>未知的记录类型“%1”。</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>驾驶舱(&amp;D)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>驾驶舱</translation>
    </message>
    <message>
        <source>¥ million</source>
        <translation>百万元</translation>
    </message>
    <message>
        <source>¥ thousand</source>
        <translation>千元</translation>
    </message>
    <message>
        <source>%1: nobody in this role</source>
        <translation>%1：无人担任此角色</translation>
    </message>
    <message numerus="yes">
        <source>%1: the team knows %2 of %n contact(s)</source>
        <translation>
            <numerusform>%1：团队已熟识 %n 位联系人中的 %2 位</numerusform>
        </translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部分级</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>区域(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>Tie&amp;r:</source>
        <translation>分级(&amp;R)：</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>整个团队</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Average cycle (created → won or lost)</source>
        <translation>平均周期（创建 → 赢单或输单）</translation>
    </message>
    <message>
        <source>Won in the period</source>
        <translation>本期赢单</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>Pipeline by stage (open opportunities)</source>
        <translation>按阶段的销售漏斗（进行中商机）</translation>
    </message>
    <message>
        <source>Weighted forecast by month of expected close</source>
        <translation>按预计成交月份的加权预测</translation>
    </message>
    <message>
        <source>Follow-ups per week by type</source>
        <translation>每周跟进（按类型）</translation>
    </message>
    <message>
        <source>Accounts by tier</source>
        <translation>客户分级分布</translation>
    </message>
    <message>
        <source>Decision roles the team knows, by account</source>
        <translation>各客户决策角色覆盖</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>The %1 most important of %2 accounts (tier S first). A cell: contacts the team knows of those in the role; darker is better known.</source>
        <translation>%2 个客户中最重要的 %1 个（S 级在前）。每格：团队熟识的该角色联系人；颜色越深，关系越熟。</translation>
    </message>
    <message>
        <source>A cell: contacts the team knows of those in the role; darker is better known. Empty: nobody in the role.</source>
        <translation>每格：团队熟识的该角色联系人；颜色越深，关系越熟。空白：无人担任此角色。</translation>
    </message>
    <message>
        <source>pts</source>
        <translation>个百分点</translation>
    </message>
    <message>
        <source>No deal won or lost in the period</source>
        <translation>本期没有赢单或输单的商机</translation>
    </message>
    <message>
        <source>Nothing closed in the previous period</source>
        <translation>上期没有关闭的商机</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message numerus="yes">
        <source>%n won</source>
        <translation>
            <numerusform>赢单 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost</source>
        <translation>
            <numerusform>输单 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s); weighted by probability: %1</source>
        <translation>
            <numerusform>%n 个商机；按概率加权：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>无阶段</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s), %1</source>
        <translation>
            <numerusform>%n 个进行中商机，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an amount</source>
        <translation>
            <numerusform>%n 个无金额</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in another currency (not added)</source>
        <translation>
            <numerusform>%n 个为其他币种（未计入）</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted by probability</source>
        <translation>按概率加权</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open deal(s), %2, weighted %3</source>
        <translation>
            <numerusform>%1：%n 个进行中商机，%2，加权 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No open deal expected to close in the period</source>
        <translation>本期没有预计成交的进行中商机</translation>
    </message>
    <message>
        <source>No author recorded</source>
        <translation>未记录跟进人</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n %2</source>
        <translation>
            <numerusform>%1 当周：%n 次%2</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-up in the period</source>
        <translation>本期没有跟进记录</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>未分级</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s); click to list them</source>
        <translation>
            <numerusform>%n 个客户；点击查看列表</numerusform>
        </translation>
    </message>
    <message>
        <source>No account matches the filters</source>
        <translation>没有符合筛选条件的客户</translation>
    </message>
    <message>
        <source>Open opportunities at stage %1</source>
        <translation>处于“%1”阶段的进行中商机</translation>
    </message>
    <message>
        <source>Open opportunities expected to close: %1</source>
        <translation>预计成交的进行中商机：%1</translation>
    </message>
    <message>
        <source>Won and lost in the previous period</source>
        <translation>上期赢单和输单的商机</translation>
    </message>
    <message>
        <source>Won and lost in the period</source>
        <translation>本期赢单和输单的商机</translation>
    </message>
    <message>
        <source>Open opportunities</source>
        <translation>进行中商机</translation>
    </message>
    <message>
        <source>Follow-ups in the week of %1</source>
        <translation>%1 当周的跟进记录</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>显示全部(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>From the dashboard: %1 (%n record(s))</source>
        <translation>
            <numerusform>来自驾驶舱：%1（%n 条记录）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>no change against the previous period</source>
        <translation>与上期持平</translation>
    </message>
    <message>
        <source>%1 %2 %3 against the previous period</source>
        <translation>较上期%1 %2 %3</translation>
    </message>
    <message>
        <source>No close date</source>
        <translation>无预计成交日期</translation>
    </message>
    <message>
        <source>&amp;Export List…</source>
        <translation>导出列表(&amp;E)…</translation>
    </message>
    <message>
        <source>Open a list (Accounts, Opportunities, Tasks or Follow-ups) to export it.</source>
        <translation>请先打开一个列表（客户、商机、待办或跟进记录），再进行导出。</translation>
    </message>
    <message>
        <source>Signed, last 12 months</source>
        <translation>近 12 个月签约</translation>
    </message>
    <message>
        <source>Received / due</source>
        <translation>已收 / 应收</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期应收款</translation>
    </message>
    <message>
        <source>Renewals, next 90 days</source>
        <translation>未来 90 天续约</translation>
    </message>
    <message>
        <source>Open service requests</source>
        <translation>未关闭工单</translation>
    </message>
    <message>
        <source>Last CSAT / NPS</source>
        <translation>最近 CSAT / NPS</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n contract(s)</source>
        <translation>
            <numerusform>%1（%n 份合同）</numerusform>
        </translation>
    </message>
    <message>
        <source>no receivables recorded</source>
        <translation>未录入应收款</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>已收 %1 / 应收 %2（%3%）</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n receivable(s), the oldest %2 days late</source>
        <translation>
            <numerusform>%n 笔应收款共 %1，最久已逾期 %2 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s), %1</source>
        <translation>
            <numerusform>%n 份合同，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, of them %n severe</source>
        <translation>
            <numerusform>%1 个，其中严重 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>no survey yet</source>
        <translation>尚无调查</translation>
    </message>
    <message>
        <source>CSAT %1 · NPS %2 (%3)</source>
        <translation>CSAT %1 · NPS %2（%3）</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Receivables overdue</source>
        <translation>逾期应收款</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>won, lost</comment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) end without a renewal</source>
        <translation>
            <numerusform>%n 份合同到期未续约</numerusform>
        </translation>
    </message>
    <message>
        <source>No contracts</source>
        <translation>无合同</translation>
    </message>
    <message>
        <source>Contracts are entered on the Contracts tab of each account.</source>
        <translation>合同在各客户的“合同”标签页中录入。</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue; %1 more due in 90 days</source>
        <translation>
            <numerusform>逾期 %n 笔；另有 %1 将在 90 天内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>No receivables</source>
        <translation>无回款计划</translation>
    </message>
    <message>
        <source>Payments are planned on the Receivables tab of each account.</source>
        <translation>回款计划在各客户的“回款计划”标签页中制定。</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the rows of this list to Excel or CSV (Ctrl+E)</source>
        <translation>将此列表的行导出为 Excel 或 CSV (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <source>%n people: the map opens on the %1 key people and the managers above them. Untick “Key people only” to see everyone.</source>
        <translation>
            <numerusform>共 %n 人：图谱先显示 %1 位关键人物及其上级。取消勾选“仅关键人物”可查看全部人员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Key people only</source>
        <translation>仅关键人物</translation>
    </message>
    <message>
        <source>Only people with a decision role or an influence of 4 or 5, and the managers above them</source>
        <translation>仅显示担任决策角色或影响力为 4 或 5 的人员，及其上级</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Account plan (PDF)…</source>
        <translation>客户经营计划（PDF）…</translation>
    </message>
    <message>
        <source>Account plan %1.pdf</source>
        <translation>客户经营计划 %1.pdf</translation>
    </message>
    <message>
        <source>Team review (PDF)…</source>
        <translation>团队复盘（PDF）…</translation>
    </message>
    <message>
        <source>Team review.pdf</source>
        <translation>团队复盘.pdf</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>回款情况</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paid %n day(s) late</source>
        <translation>
            <numerusform>延迟 %n 天回款</numerusform>
        </translation>
    </message>
    <message>
        <source>paid on time</source>
        <translation>按时回款</translation>
    </message>
    <message>
        <source>not due yet</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>No contracts yet. New (Ctrl+N) records one: what was signed, when, for how much and for how long.</source>
        <translation>尚无合同。点击“新建” (Ctrl+N) 录入合同：签约内容、签订日期、金额和服务期限。</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <source>No payments planned yet. New (Ctrl+N) adds one to a contract: when it is due, how much, and what came in.</source>
        <translation>尚无回款计划。点击“新建” (Ctrl+N) 为合同添加一笔回款：应收日期、应收金额和实际回款情况。</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>No service requests or complaints yet.</source>
        <translation>尚无工单或客诉。</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>No satisfaction surveys yet. New (Ctrl+N) records a CSAT score, an NPS answer or both.</source>
        <translation>尚无满意度调查。点击“新建” (Ctrl+N) 记录满意度（CSAT）评分、净推荐值（NPS）评分，或两者都记录。</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <source>Refused changes:</source>
        <translation>被拒收的变更：</translation>
    </message>
    <message>
        <source>Changes another device sent that this computer refused, with the reason. Nothing of them was applied; that device&apos;s later changes wait behind them, everyone else&apos;s keep coming. Each sync tries them again.</source>
        <translation>其他设备发送、但被本机拒收的变更及其原因。这些变更均未应用；该设备之后的变更会排在其后等待，其他人的变更则照常同步。每次同步都会重新尝试。</translation>
    </message>
    <message>
        <source>Tier and health</source>
        <translation>分级与健康度</translation>
    </message>
    <message>
        <source>Computed tier %1</source>
        <translation>计算分级 %1</translation>
    </message>
    <message>
        <source>The account&apos;s tier is %1, set by hand without a reason.</source>
        <translation>该客户的分级为 %1，系手动设定，未填写原因。</translation>
    </message>
    <message>
        <source>The account&apos;s tier is %1, set by hand: %2</source>
        <translation>该客户的分级为 %1，系手动设定：%2</translation>
    </message>
    <message>
        <source>Accept tier %1</source>
        <translation>采用 %1 类</translation>
    </message>
    <message>
        <source>Give the account its computed tier (undoable)</source>
        <translation>为客户采用计算分级（可撤销）</translation>
    </message>
    <message>
        <source>Health %1 of 100 · %2</source>
        <translation>健康度 %1 / 100 · %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>不计分</translation>
    </message>
    <message>
        <source>%1 (computed: %2)</source>
        <translation>%1（计算：%2）</translation>
    </message>
    <message>
        <source>Health %1 · %2</source>
        <translation>健康度 %1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>Tier review…</source>
        <translation>分级复核…</translation>
    </message>
    <message>
        <source>Quarterly tier review</source>
        <translation>季度分级复核</translation>
    </message>
    <message>
        <source>Tier now</source>
        <translation>当前分级</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>计算分级</translation>
    </message>
    <message>
        <source>Why (the figures)</source>
        <translation>依据（数据）</translation>
    </message>
    <message>
        <source>Set by hand because</source>
        <translation>手动设定原因</translation>
    </message>
    <message>
        <source>Accept computed tier</source>
        <translation>采用计算分级</translation>
    </message>
    <message>
        <source>Every account&apos;s tier is the computed one.</source>
        <translation>所有客户的分级均与计算结果一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) have a tier other than the computed one. Accept the computed tier, or keep the tier set by hand with its reason.</source>
        <translation>
            <numerusform>%n 个客户的分级与计算结果不一致。可采用计算分级，或保留手动设定的分级及其原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未填写原因</translation>
    </message>
    <message>
        <source>Accounts at risk</source>
        <translation>风险客户</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>What costs most</source>
        <translation>主要失分项</translation>
    </message>
    <message>
        <source>Account health: the weakest accounts</source>
        <translation>客户健康度：最需关注的客户</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n 个需关注</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list</comment>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n healthy</source>
        <translation>
            <numerusform>%n 个健康</numerusform>
        </translation>
    </message>
    <message>
        <source>Healthy (70 and above): %1 · needs attention (40–69): %2 · at risk (below 40): %3. A row opens the account and its health breakdown.</source>
        <translation>健康（70 分及以上）：%1 · 需关注（40–69 分）：%2 · 高风险（40 分以下）：%3。双击一行可打开该客户及其健康度明细。</translation>
    </message>
    <message>
        <source>The account has no tier yet: accept the computed one, or set one in the form.</source>
        <translation>该客户尚未分级：可采用计算分级，或在表单中手动设定。</translation>
    </message>
    <message>
        <source>Activity points of a follow-up</source>
        <translation>每次跟进的活跃度分值</translation>
    </message>
    <message>
        <source>Follow-up cadence</source>
        <translation>跟进频率</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Use Defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>A from ¥100万 and weekly contact, B from ¥20万 and monthly contact</source>
        <translation>A 类：¥100万以上且每周联系；B 类：¥20万以上且每月联系</translation>
    </message>
    <message>
        <source>The model was changed meanwhile (by a teammate&apos;s sync or an undo). The fields you have not edited show the new values; Save writes only the ones you changed.</source>
        <translation>模型在此期间已被修改（同事的同步或撤销）。您未编辑的字段已显示新值；保存时只写入您修改过的字段。</translation>
    </message>
    <message>
        <source>%1: a value is required.</source>
        <translation>%1：必须填写。</translation>
    </message>
    <message>
        <source>These weights add up to %1 %, not 100 %.</source>
        <translation>这些权重合计为 %1 %，而不是 100 %。</translation>
    </message>
    <message>
        <source>Tiers and health</source>
        <translation>分级与健康度</translation>
    </message>
    <message>
        <source>Lifecycle stage: not set</source>
        <translation>生命周期阶段：未设置</translation>
    </message>
    <message numerus="yes">
        <source>Lifecycle stage: %1, %n day(s) since %2</source>
        <translation>
            <numerusform>生命周期阶段：%1，自 %2 起已 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Lifecycle stage: %1</source>
        <translation>生命周期阶段：%1</translation>
    </message>
    <message>
        <source>Suggested: %1. %2</source>
        <translation>建议推进至：%1。%2</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>推进至%1</translation>
    </message>
    <message>
        <source>Set the account&apos;s stage to the suggested one (undoable)</source>
        <translation>将客户阶段设为建议的阶段（可撤销）</translation>
    </message>
    <message>
        <source>Stages so far:
%1</source>
        <translation>阶段历程：
%1</translation>
    </message>
    <message>
        <source>%1 %2 against the previous period</source>
        <translation>较上期%1 %2</translation>
    </message>
    <message>
        <source>Nothing to measure in the period</source>
        <translation>本期无可计算数据</translation>
    </message>
    <message>
        <source>previous period: %1</source>
        <translation>上期：%1</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Nothing to compare in the previous period</source>
        <translation>上期无可对比数据</translation>
    </message>
    <message numerus="yes">
        <source>From %n record(s) in the period.</source>
        <translation>
            <numerusform>依据本期 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <source>How Summit computes each account&apos;s tier and health score, and the customer lifetime value, for the whole team. A tier comes from 12-month revenue, 3-month activity and potential, each rated A, B or C and weighted; S stays a hand mark. Changes reach every teammate with the next sync.</source>
        <translation>Summit 为全团队计算每个客户分级、健康度以及客户终身价值的方式。分级依据近12个月收入、近3个月活跃度和潜力，各评为 A、B 或 C 后加权；S 级仍由人工标记。修改在下次同步时送达每位同事。</translation>
    </message>
    <message>
        <source>Last 52 weeks:</source>
        <translation>近 52 周：</translation>
    </message>
    <message>
        <source>No health history yet.</source>
        <translation>尚无健康度历史。</translation>
    </message>
    <message>
        <source>Health week by week, from the records as they were: %1 on %2, %3 on %4.</source>
        <translation>按当时记录逐周计算的健康度：%2 为 %1，%4 为 %3。</translation>
    </message>
    <message>
        <source>Working out the 52-week trend…</source>
        <translation>正在计算近 52 周趋势…</translation>
    </message>
    <message>
        <source>%1 (%2 known)</source>
        <translation>%1（已覆盖 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) signed in the last 12 months by %1 or a unit below it</source>
        <translation>
            <numerusform>近12个月由%1或其下属单位签订的合同 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) with people of %1 or a unit below it in the buying center</source>
        <translation>
            <numerusform>采购决策小组中有%1或其下属单位人员的进行中商机 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed, 12 months</source>
        <translation>近12个月签约</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>RFM (recency, frequency, monetary)</source>
        <translation>RFM（最近一次、频率、金额）</translation>
    </message>
    <message>
        <source>Tier moves need a period with a start.</source>
        <translation>需选择有起始日期的期间才能查看分级变动。</translation>
    </message>
    <message>
        <source>No account changed tier in the period.</source>
        <translation>本期没有客户分级发生变动。</translation>
    </message>
    <message>
        <source>In the period: %1 up, %2 down.</source>
        <translation>本期：%1 个升级，%2 个降级。</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>未分级</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>Rules made %n task(s).</source>
        <translation>
            <numerusform>规则创建了 %n 条待办。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) are broken and were skipped; see Team › Rules.</source>
        <translation>
            <numerusform>%n 条规则有误，已跳过；请查看 团队 › 规则。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules could not run: %1</source>
        <translation>规则无法运行：%1</translation>
    </message>
    <message>
        <source>Open Summit</source>
        <translation>打开 Summit</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Summit</translation>
    </message>
    <message>
        <source>Task due: %1</source>
        <translation>待办到期：%1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) now due</source>
        <translation>
            <numerusform>%n 条待办已到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Key-account management: reminders of tasks due</source>
        <translation>大客户管理：待办到期提醒</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>&amp;Keep Summit in the system tray when its window is closed</source>
        <translation>关闭窗口后让 Summit 留在系统托盘中(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Start Summit when I log in</source>
        <translation>登录时启动 Summit(&amp;S)</translation>
    </message>
    <message>
        <source>The tray icon counts your tasks due today or overdue, and a notification says when one falls due while Summit runs.</source>
        <translation>托盘图标显示你今天到期或已逾期的待办数量；Summit 运行期间有待办到期时会弹出通知。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>New rule…</source>
        <translation>新建规则…</translation>
    </message>
    <message>
        <source>Switch on or off</source>
        <translation>开启或关闭</translation>
    </message>
    <message>
        <source>Test against today…</source>
        <translation>用今天的数据测试…</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <source>Rules make tasks by themselves, on every laptop, offline: when a condition holds for an account, its people get a task with a deadline in workdays (China&apos;s public holidays and adjusted working days counted). Laptops that fire the same rule for the same reason make one task, not two. Test a rule against today&apos;s data before you switch it on.</source>
        <translation>规则会自动创建待办，每台电脑离线也能运行：当某个客户满足条件时，其团队成员会收到一条以工作日计期限的待办（已计入中国法定节假日和调休）。多台电脑因同一原因触发同一规则时只会生成一条待办。开启规则前，可以先用今天的数据测试。</translation>
    </message>
    <message>
        <source>Broken, skipped: %1
%2</source>
        <translation>有误，已跳过：%1
%2</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>(none ticked: every account)</source>
        <translation>（都不勾选：所有客户）</translation>
    </message>
    <message>
        <source>Switched on</source>
        <translation>已开启</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Test of %1</source>
        <translation>测试：%1</translation>
    </message>
    <message>
        <source>Working out what the rule would make today…</source>
        <translation>正在计算该规则今天会创建的待办…</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>Today the rule would make %n task(s).</source>
        <translation>
            <numerusform>今天该规则会创建 %n 条待办。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more are there already (made before, done or deleted) and would not be made again.</source>
        <translation>
            <numerusform>另有 %n 条已存在（之前已创建、已完成或已删除），不会再次创建。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule is broken and would be skipped: %1</source>
        <translation>该规则有误，将被跳过：%1</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <source>Rule (deleted)</source>
        <translation>规则（已删除）</translation>
    </message>
    <message>
        <source>Team leads and administrators change the rules; you can read them and test them against today&apos;s data.</source>
        <translation>规则由团队主管和管理员修改；你可以查看规则，并用今天的数据测试。</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>今天没有到期事项</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due today or overdue (%1 overdue)</source>
        <translation>
            <numerusform>%n 条待办今天到期或已逾期（%1 条逾期）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due today</source>
        <translation>
            <numerusform>%n 条待办今天到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Summit: %1</source>
        <translation>Summit：%1</translation>
    </message>
    <message>
        <source>Add a day…</source>
        <translation>添加日期…</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <source>A day of the team&apos;s calendar</source>
        <translation>团队日历中的一天</translation>
    </message>
    <message>
        <source>&lt;b&gt;Working calendar&lt;/b&gt;</source>
        <translation>&lt;b&gt;工作日历&lt;/b&gt;</translation>
    </message>
    <message>
        <source>China&apos;s public holidays and adjusted working days are built in for %1; a year not listed counts Monday to Friday. Days of the team&apos;s own (a company holiday, a day worked) are shared with everyone and count in every rule&apos;s deadline.</source>
        <translation>已内置 %1 年的中国法定节假日和调休安排；未列出的年份按周一至周五计算。团队自己的日期（公司假日、加班上班日）会共享给所有人，并计入每条规则的期限。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list in a sentence</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>在回收站中</translation>
    </message>
    <message>
        <source>Starts soon</source>
        <translation>即将开始</translation>
    </message>
    <message>
        <source>Waits for %1</source>
        <translation>等待：%1</translation>
    </message>
    <message>
        <source>&amp;Start playbook</source>
        <translation>启动流程(&amp;S)</translation>
    </message>
    <message>
        <source>Playbook and step</source>
        <translation>流程与步骤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Playbook runs</source>
        <translation>流程进度</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已全部完成</translation>
    </message>
    <message>
        <source>%1 of %2 steps finished</source>
        <translation>已完成 %1/%2 步</translation>
    </message>
    <message>
        <source>Late: was due %1</source>
        <translation>已逾期：原定 %1 完成</translation>
    </message>
    <message>
        <source>No playbook has run on this account yet. Playbooks start on their own (a visit, the first workday of a month, …) or by hand.</source>
        <translation>该客户尚未运行任何流程。流程会自动启动（一次拜访、每月第一个工作日……），也可手动启动。</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>playbooks running; steps late</comment>
        <translation>%1；%2</translation>
    </message>
    <message numerus="yes">
        <source>%n playbook(s) running</source>
        <translation>
            <numerusform>%n 个流程进行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) late</source>
        <translation>
            <numerusform>%n 步已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>A playbook turns an event into a list of tasks with deadlines: a visit, the first workday of a month, an account or an opportunity entering a stage. Each step goes to the people of the account&apos;s team it names; a step that waits for others starts when they are done. An account&apos;s Playbooks tab shows how far each run has come, and starts one by hand.</source>
        <translation>流程把一个事件变成一组有时限的待办：一次拜访、每月第一个工作日、客户或商机进入某个阶段。每一步交给客户团队中指定角色的人；有前置步骤的步骤在前置完成后开始。客户的“流程”页签显示每次运行的进度，也可在那里手动启动。</translation>
    </message>
    <message>
        <source>%1. %2 — within %3, for %4</source>
        <translation>%1. %2 —— 时限 %3，负责：%4</translation>
    </message>
    <message>
        <source>(after: %1)</source>
        <translation>（前置：%1）</translation>
    </message>
    <message>
        <source>Playbook (deleted)</source>
        <translation>流程（已删除）</translation>
    </message>
    <message>
        <source>Playbook: %1, step %2 of %3</source>
        <translation>流程：%1，第 %2/%3 步</translation>
    </message>
    <message>
        <source>No playbook is switched on (Team › Playbooks)</source>
        <translation>没有已启用的流程（团队 › 流程）</translation>
    </message>
    <message>
        <source>New playbook…</source>
        <translation>新建流程…</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>新流程</translation>
    </message>
    <message>
        <source>Team leads and administrators change the playbooks; you can read them.</source>
        <translation>团队主管和管理员可以修改流程；你可以查看。</translation>
    </message>
    <message>
        <source>Playbook %1</source>
        <translation>流程 %1</translation>
    </message>
    <message>
        <source>S,A (empty: every tier)</source>
        <translation>S,A（留空：所有级别）</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Due in</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Roles (am, sa, de, team_lead)</source>
        <translation>角色（am、sa、de、team_lead）</translation>
    </message>
    <message>
        <source>Waits for (keys)</source>
        <translation>前置步骤（键）</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <source>e.g. 央企 (empty: any account)</source>
        <translation>例如 央企（留空：所有客户）</translation>
    </message>
    <message>
        <source>%1 entering %2</source>
        <translation>%1进入“%2”阶段</translation>
    </message>
    <message>
        <source>Nothing required</source>
        <translation>无要求</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Must be filled in</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>New stage gate…</source>
        <translation>新建阶段门槛…</translation>
    </message>
    <message>
        <source>A stage gate holds an opportunity or an account back from a stage until what the stage needs is filled in. Moving a record into the stage without it is refused, beside the stage, with what is missing.</source>
        <translation>阶段门槛让商机或客户在填好该阶段所需内容之前不能进入该阶段。缺少内容时推进会被拒绝，并在阶段旁说明缺少什么。</translation>
    </message>
    <message>
        <source>Team leads and administrators change the stage gates; you can read them.</source>
        <translation>阶段门槛由团队主管和管理员修改；您可以查看。</translation>
    </message>
    <message>
        <source>Broken, not applied: %1
%2</source>
        <translation>已损坏，未生效：%1
%2</translation>
    </message>
    <message>
        <source>New stage gate</source>
        <translation>新建阶段门槛</translation>
    </message>
    <message>
        <source>Stage gate: %1</source>
        <translation>阶段门槛：%1</translation>
    </message>
    <message>
        <source>Stage gates</source>
        <translation>阶段门槛</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>正在评分…</translation>
    </message>
    <message>
        <source>Health is scored for the group, its divisions, regions and subsidiaries; %1 counts with the unit above it.</source>
        <translation>健康度按集团、事业部、区域和子公司评分；%1 计入其上级单位。</translation>
    </message>
    <message>
        <source>Health of %1 and the units below it, from their people, the follow-ups naming them, the contracts they signed and their deals:</source>
        <translation>%1 及其下属单位的健康度，依据其人员、提到他们的跟进记录、其签订的合同及其商机：</translation>
    </message>
    <message>
        <source>Team leads and administrators change the tier and health model; you can read it.</source>
        <translation>分级与健康度模型由团队主管和管理员修改；您可以查看。</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>a filter value: accounts without a tier, stage, region or industry</comment>
        <translation>未填写</translation>
    </message>
    <message>
        <source>The access token was taken out of the address: it is kept with the credentials below, never in the address.</source>
        <translation>访问令牌已从地址中移出：它与下方的凭据一起保存，不会保存在地址中。</translation>
    </message>
    <message>
        <source>&amp;Contracts &amp;&amp; Service</source>
        <translation>合同与服务(&amp;C)</translation>
    </message>
    <message>
        <source>Contracts &amp; Service</source>
        <translation>合同与服务</translation>
    </message>
    <message>
        <source>Customers lost in the period</source>
        <translation>本期流失的客户</translation>
    </message>
    <message>
        <source>The records behind &quot;%1&quot;</source>
        <translation>“%1”依据的记录</translation>
    </message>
    <message>
        <source>Contracts ending in 90 days without a renewal</source>
        <translation>90 天内到期且未续约的合同</translation>
    </message>
    <message>
        <source>Receivables overdue or due in 90 days, not paid in full</source>
        <translation>已逾期或 90 天内到期、未收齐的回款</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Export the people listed to Excel or CSV</source>
        <translation>将列出的联系人导出为 Excel 或 CSV</translation>
    </message>
    <message>
        <source>Account plan (Excel)…</source>
        <translation>客户经营计划（Excel）…</translation>
    </message>
    <message>
        <source>Team review (Excel)…</source>
        <translation>团队复盘（Excel）…</translation>
    </message>
    <message>
        <source>CSV, GB18030 for older Excel and WPS (*.csv)</source>
        <translation>CSV 文件，GB18030 编码，适用于旧版 Excel 和 WPS (*.csv)</translation>
    </message>
    <message>
        <source>Working out each account&apos;s health…</source>
        <translation>正在计算各客户的健康度…</translation>
    </message>
    <message>
        <source>Working out…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Saving the imported records…</source>
        <translation>正在保存导入的记录…</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何内容。</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>签名密钥：</translation>
    </message>
    <message>
        <source>Every change this computer sends is signed with this key. The team&apos;s other computers accept this device&apos;s changes only with it, so nobody else can send changes in its name.</source>
        <translation>本机发送的每项更改都用此密钥签名。团队的其他电脑只接受用它签名的本设备更改，因此他人无法以本设备的名义发送更改。</translation>
    </message>
    <message>
        <source>made when this computer first sends its changes</source>
        <translation>本机首次发送更改时生成</translation>
    </message>
</context>
</TS>
