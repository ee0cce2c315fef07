<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
  <context>
    <name>AgendaKind</name>
    <message>
      <source>Plenary session</source>
      <translation>Пленарное заседание</translation>
    </message>
    <message>
      <source>Panel discussion</source>
      <translation>Панельная дискуссия</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>Презентация</translation>
    </message>
    <message>
      <source>Exhibition</source>
      <translation>Выставка</translation>
    </message>
    <message>
      <source>Performance</source>
      <translation>Выступление артистов</translation>
    </message>
    <message>
      <source>Ceremony</source>
      <translation>Церемония</translation>
    </message>
    <message>
      <source>Reception</source>
      <translation>Приём</translation>
    </message>
    <message>
      <source>Excursion</source>
      <translation>Экскурсия</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Другое</translation>
    </message>
  </context>
  <context>
    <name>CityStatus</name>
    <message>
      <source>Member</source>
      <translation>Член сети</translation>
    </message>
    <message>
      <source>Observer</source>
      <translation>Наблюдатель</translation>
    </message>
    <message>
      <source>Former</source>
      <translation>Бывший член</translation>
    </message>
  </context>
  <context>
    <name>DeclarationStatus</name>
    <message>
      <source>Draft</source>
      <translation>Проект</translation>
    </message>
    <message>
      <source>Final</source>
      <translation>Окончательный текст</translation>
    </message>
  </context>
  <context>
    <name>DelegationStatus</name>
    <message>
      <source>Invited</source>
      <translation>Приглашена</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>Подтверждена</translation>
    </message>
    <message>
      <source>Attending</source>
      <translation>Участвует</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>Отсутствует</translation>
    </message>
    <message>
      <source>Proxy given</source>
      <translation>Доверенность передана</translation>
    </message>
  </context>
  <context>
    <name>DocumentKind</name>
    <message>
      <source>Declaration with signing pages</source>
      <translation>Декларация с листами подписей</translation>
    </message>
    <message>
      <source>Signatory sheet</source>
      <translation>Список подписантов</translation>
    </message>
    <message>
      <source>List of delegations</source>
      <translation>Список делегаций</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Программа</translation>
    </message>
    <message>
      <source>Badges</source>
      <translation>Бейджи</translation>
    </message>
    <message>
      <source>Place cards</source>
      <translation>Карточки рассадки</translation>
    </message>
    <message>
      <source>Invitation letters</source>
      <translation>Приглашения</translation>
    </message>
    <message>
      <source>Visa support letters</source>
      <translation>Визовые письма</translation>
    </message>
    <message>
      <source>Arrivals and departures</source>
      <translation>Прибытие и отъезд</translation>
    </message>
    <message>
      <source>Rooming list</source>
      <translation>Список размещения</translation>
    </message>
    <message>
      <source>Dietary and access needs</source>
      <translation>Питание и доступная среда</translation>
    </message>
    <message>
      <source>Transport list</source>
      <translation>Транспортный список</translation>
    </message>
    <message>
      <source>Seating plan</source>
      <translation>План рассадки</translation>
    </message>
    <message>
      <source>Meeting report</source>
      <translation>Отчёт о заседании</translation>
    </message>
  </context>
  <context>
    <name>Field</name>
    <message>
      <source>City</source>
      <translation>Город</translation>
    </message>
    <message>
      <source>City (local name)</source>
      <translation>Город (местное название)</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Полное имя</translation>
    </message>
    <message>
      <source>Given name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>Patronymic</source>
      <translation>Отчество</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>Фамилия</translation>
    </message>
    <message>
      <source>Family name first</source>
      <translation>Фамилия впереди</translation>
    </message>
    <message>
      <source>Name in native script</source>
      <translation>Имя в родной письменности</translation>
    </message>
    <message>
      <source>Honorific</source>
      <translation>Обращение</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Должность</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Роль</translation>
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
      <source>Arrival</source>
      <translation>Прибытие</translation>
    </message>
    <message>
      <source>Departure</source>
      <translation>Отъезд</translation>
    </message>
    <message>
      <source>Dietary needs</source>
      <translation>Особенности питания</translation>
    </message>
    <message>
      <source>Access needs</source>
      <translation>Особые потребности доступа</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>(do not import)</source>
      <translation>(не импортировать)</translation>
    </message>
  </context>
  <context>
    <name>HostPlace</name>
    <message>
      <source>Host at the head (chairs)</source>
      <translation>Принимающий город во главе стола (председательствует)</translation>
    </message>
    <message>
      <source>Host after the visiting cities</source>
      <translation>Принимающий город после городов-гостей</translation>
    </message>
    <message>
      <source>Host among the others alphabetically</source>
      <translation>Принимающий город среди остальных по алфавиту</translation>
    </message>
  </context>
  <context>
    <name>ParagraphSection</name>
    <message>
      <source>Preamble</source>
      <translation>Преамбула</translation>
    </message>
    <message>
      <source>Clause</source>
      <translation>Пункт</translation>
    </message>
  </context>
  <context>
    <name>PersonRole</name>
    <message>
      <source>Head of delegation</source>
      <translation>Глава делегации</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>Член делегации</translation>
    </message>
    <message>
      <source>Adviser</source>
      <translation>Советник</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>Переводчик</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Сотрудник</translation>
    </message>
    <message>
      <source>Press</source>
      <translation>Пресса</translation>
    </message>
  </context>
  <context>
    <name>RowStatus</name>
    <message>
      <source>New</source>
      <translation>Новая</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>Обновление</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Без изменений</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Ошибка</translation>
    </message>
  </context>
  <context>
    <name>SeatingLayout</name>
    <message>
      <source>Round table</source>
      <translation>Круглый стол</translation>
    </message>
    <message>
      <source>U-shape</source>
      <translation>Буквой П</translation>
    </message>
    <message>
      <source>Theatre rows</source>
      <translation>Театральные ряды</translation>
    </message>
    <message>
      <source>Head table and rows</source>
      <translation>Президиум и ряды</translation>
    </message>
  </context>
  <context>
    <name>SignatoryStatus</name>
    <message>
      <source>Planned</source>
      <translation>Запланирован</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>Подтверждён</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Подписано</translation>
    </message>
    <message>
      <source>Signed ad referendum</source>
      <translation>Подписано ad referendum</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>Отсутствует</translation>
    </message>
  </context>
  <context>
    <name>SigningOrderRule</name>
    <message>
      <source>Visiting cities alphabetically, host last</source>
      <translation>Гостевые города по алфавиту, принимающий город последним</translation>
    </message>
    <message>
      <source>Host first, then visiting cities alphabetically</source>
      <translation>Принимающий город первым, затем гостевые по алфавиту</translation>
    </message>
    <message>
      <source>Set by hand</source>
      <translation>Вручную</translation>
    </message>
  </context>
  <context>
    <name>background</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>{step}: {done} of {total}</source>
      <translation>{step}: {done} из {total}</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Прерывание…</translation>
    </message>
  </context>
  <context>
    <name>backup_actions</name>
    <message>
      <source>Stopping the automatic backup</source>
      <translation>Остановка автоматической резервной копии</translation>
    </message>
    <message>
      <source>Waiting for the automatic backup</source>
      <translation>Ожидание автоматической резервной копии</translation>
    </message>
    <message>
      <source>Back up the database</source>
      <translation>Резервная копия базы данных</translation>
    </message>
    <message>
      <source>Databases (*.db)</source>
      <translation>Базы данных (*.db)</translation>
    </message>
    <message>
      <source>The backup failed</source>
      <translation>Не удалось создать резервную копию</translation>
    </message>
    <message>
      <source>The backup could not be restored</source>
      <translation>Не удалось восстановить резервную копию</translation>
    </message>
    <message>
      <source>Backed up at {time}</source>
      <translation>Резервная копия создана в {time}</translation>
    </message>
    <message>
      <source>Automatic backup failed: {error}</source>
      <translation>Автоматическое резервное копирование не удалось: {error}</translation>
    </message>
  </context>
  <context>
    <name>check</name>
    <message>
      <source>The declaration has no title.</source>
      <translation>У декларации нет названия.</translation>
    </message>
    <message>
      <source>The declaration has no clauses.</source>
      <translation>В декларации нет ни одного пункта.</translation>
    </message>
    <message>
      <source>Clause {clause} is empty.</source>
      <translation>Пункт {clause} пуст.</translation>
    </message>
    <message>
      <source>The declaration has no testimonium: type it (no formula is known here).</source>
      <translation>В декларации нет заключительной формулы: введите её (готовой формулы для этого случая нет).</translation>
    </message>
    <message>
      <source>The text in {language} has no title.</source>
      <translation>Текст ({language}): нет названия.</translation>
    </message>
    <message>
      <source>The text in {language} has no clauses.</source>
      <translation>Текст ({language}): нет ни одного пункта.</translation>
    </message>
    <message>
      <source>Clause {clause} of the text in {language} is empty.</source>
      <translation>Текст ({language}): пункт {clause} пуст.</translation>
    </message>
    <message>
      <source>The text in {language} has no testimonium: type it (no formula is known here).</source>
      <translation>Текст ({language}): нет заключительной формулы; введите её (готовой формулы для этого случая нет).</translation>
    </message>
    <message>
      <source>The texts differ in their number of clauses: {counts}.</source>
      <translation>Число пунктов в текстах различается: {counts}.</translation>
    </message>
    <message>
      <source>Nobody signs the declaration yet.</source>
      <translation>Подписанты декларации ещё не определены.</translation>
    </message>
    <message>
      <source>The signatory for {city} is a placeholder (to be confirmed).</source>
      <translation>{city}: подписант ещё не назван (уточняется).</translation>
    </message>
    <message>
      <source>No full powers or credentials letter from {city} ({name}) yet.</source>
      <translation>{city} ({name}): полномочия или верительное письмо ещё не получены.</translation>
    </message>
    <message>
      <source>{city} ({name}) signs ad referendum.</source>
      <translation>{city} ({name}) подписывает ad referendum.</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>{language}: {count}</source>
      <translation>{language}: {count}</translation>
    </message>
    <message>
      <source>The declaration is not ready:
{reasons}</source>
      <translation>Декларация ещё не готова:
{reasons}</translation>
    </message>
  </context>
  <context>
    <name>columns</name>
    <message>
      <source>Row</source>
      <translation>Строка</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Город</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Подробности</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Время</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>Зал</translation>
    </message>
    <message>
      <source>Moderator and speakers</source>
      <translation>Модератор и выступающие</translation>
    </message>
    <message>
      <source>Clashes</source>
      <translation>Накладки</translation>
    </message>
    <message>
      <source>Local name</source>
      <translation>Местное название</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Страна</translation>
    </message>
    <message>
      <source>Member since</source>
      <translation>Член сети с</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>Часовой пояс</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Состав</translation>
    </message>
    <message>
      <source>Head</source>
      <translation>Глава</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Host city</source>
      <translation>Принимающий город</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>Место проведения</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>Первый день</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>Последний день</translation>
    </message>
    <message>
      <source>Honorific</source>
      <translation>Обращение</translation>
    </message>
    <message>
      <source>Latin name</source>
      <translation>Имя латиницей</translation>
    </message>
    <message>
      <source>Native name</source>
      <translation>Имя в родной письменности</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Должность</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Порядок</translation>
    </message>
    <message>
      <source>Official title</source>
      <translation>Должность</translation>
    </message>
    <message>
      <source>Full powers</source>
      <translation>Полномочия</translation>
    </message>
    <message>
      <source>Ad referendum</source>
      <translation>Подпись ad referendum</translation>
    </message>
  </context>
  <context>
    <name>dialogs.change_log</name>
    <message>
      <source>When</source>
      <translation>Когда</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Кто</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Что</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <source>Was</source>
      <translation>Было</translation>
    </message>
    <message>
      <source>Became</source>
      <translation>Стало</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Создано</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>Изменено</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Удалено</translation>
    </message>
    <message>
      <source>Change log of {title}</source>
      <translation>Журнал изменений: {title}</translation>
    </message>
    <message>
      <source>No change of this record is recorded.</source>
      <translation>Изменения этой записи не зарегистрированы.</translation>
    </message>
  </context>
  <context>
    <name>dialogs.database_conflict</name>
    <message>
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <source>Was</source>
      <translation>Было</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Сейчас</translation>
    </message>
    <message>
      <source>Changed by</source>
      <translation>Кем изменено</translation>
    </message>
    <message>
      <source>At</source>
      <translation>Когда</translation>
    </message>
    <message>
      <source>Someone else changed this record</source>
      <translation>Эту запись изменил другой организатор</translation>
    </message>
    <message>
      <source>Another organizer</source>
      <translation>Другой организатор</translation>
    </message>
    <message>
      <source>{who} saved {subject} after you opened it. Your changes are not saved yet.</source>
      <translation>{who} сохранил(а) «{subject}» после того, как вы открыли запись. Ваши изменения ещё не сохранены.</translation>
    </message>
    <message>
      <source>What was changed is not recorded; reload to see it.</source>
      <translation>Что именно изменено, не записано; загрузите запись заново, чтобы увидеть.</translation>
    </message>
    <message>
      <source>Reload their version</source>
      <translation>Загрузить их версию</translation>
    </message>
    <message>
      <source>Overwrite with mine</source>
      <translation>Записать мою версию</translation>
    </message>
    <message>
      <source>Keep editing</source>
      <translation>Продолжить правку</translation>
    </message>
  </context>
  <context>
    <name>dialogs.database_problem</name>
    <message>
      <source>The database cannot be opened</source>
      <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
      <source>If you moved the file, open it where it is now. Restoring a backup or starting an empty database creates a new file at this place; the backups are kept.</source>
      <translation>Если вы переместили файл, откройте его на новом месте. Восстановление резервной копии или создание пустой базы данных создаёт здесь новый файл; резервные копии сохраняются.</translation>
    </message>
    <message>
      <source>Nothing will be deleted: if you go on, the file is kept beside the database under a new name (…set-aside-DATE) and can be sent for repair.</source>
      <translation>Ничего не удаляется: если продолжить, файл останется рядом с базой данных под новым именем (…set-aside-ДАТА), и его можно будет отправить на восстановление.</translation>
    </message>
    <message>
      <source>The newest good backup is the backup of {value}.</source>
      <translation>Последняя исправная резервная копия: {value}.</translation>
    </message>
    <message>
      <source>There is no backup of this database to restore.</source>
      <translation>Резервных копий этой базы данных для восстановления нет.</translation>
    </message>
    <message>
      <source>Restore this backup</source>
      <translation>Восстановить эту копию</translation>
    </message>
    <message>
      <source>Start an empty database</source>
      <translation>Начать с пустой базы данных</translation>
    </message>
    <message>
      <source>Open another file…</source>
      <translation>Открыть другой файл…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Выйти</translation>
    </message>
    <message>
      <source>The database is open elsewhere</source>
      <translation>База данных открыта в другом окне</translation>
    </message>
    <message>
      <source>Read-only, you can look and print, but not change anything.</source>
      <translation>В режиме только для чтения можно смотреть и печатать, но не изменять.</translation>
    </message>
    <message>
      <source>Open read-only</source>
      <translation>Открыть только для чтения</translation>
    </message>
  </context>
  <context>
    <name>dialogs.export_delegations</name>
    <message>
      <source>CSV (Excel, UTF-8)</source>
      <translation>CSV (Excel, UTF-8)</translation>
    </message>
    <message>
      <source>Excel workbook (.xlsx)</source>
      <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
      <source>PDF (printed delegation list)</source>
      <translation>PDF (печатный список делегаций)</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
      <source>By city, head first</source>
      <translation>По городам, глава делегации первым</translation>
    </message>
    <message>
      <source>By family name</source>
      <translation>По фамилии</translation>
    </message>
    <message>
      <source>By role, then city</source>
      <translation>По роли, затем по городу</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Город</translation>
    </message>
    <message>
      <source>City (local name)</source>
      <translation>Город (местное название)</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Страна</translation>
    </message>
    <message>
      <source>Delegation status</source>
      <translation>Статус делегации</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <source>Honorific</source>
      <translation>Обращение</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>Given name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>Фамилия</translation>
    </message>
    <message>
      <source>Family name first</source>
      <translation>Фамилия впереди</translation>
    </message>
    <message>
      <source>Name in native script</source>
      <translation>Имя в родной письменности</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Должность</translation>
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
      <source>Arrival</source>
      <translation>Прибытие</translation>
    </message>
    <message>
      <source>Departure</source>
      <translation>Отъезд</translation>
    </message>
    <message>
      <source>Dietary needs</source>
      <translation>Особенности питания</translation>
    </message>
    <message>
      <source>Access needs</source>
      <translation>Особые потребности доступа</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Export delegations: {title}</source>
      <translation>Экспорт делегаций: {title}</translation>
    </message>
    <message>
      <source>One sheet per city</source>
      <translation>Отдельный лист для каждого города</translation>
    </message>
    <message>
      <source>Include unnamed (placeholder) heads</source>
      <translation>Включить неназванных глав (заполнители)</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Выше</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Ниже</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Экспортировать…</translation>
    </message>
    <message>
      <source>Format:</source>
      <translation>Формат:</translation>
    </message>
    <message>
      <source>Order:</source>
      <translation>Порядок:</translation>
    </message>
    <message>
      <source>Columns (tick, drag or move to order)</source>
      <translation>Столбцы (отметьте; перетащите или переместите для порядка)</translation>
    </message>
    <message>
      <source>Delegations</source>
      <translation>Делегации</translation>
    </message>
    <message>
      <source>Statuses</source>
      <translation>Статусы</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Роли</translation>
    </message>
    <message numerus="yes">
      <source>in %n delegation(s)</source>
      <translation>
        <numerusform>в %n делегации</numerusform>
        <numerusform>в %n делегациях</numerusform>
        <numerusform>в %n делегациях</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n person(s) will be listed</source>
      <translation>
        <numerusform>В список войдёт %n человек</numerusform>
        <numerusform>В список войдут %n человека</numerusform>
        <numerusform>В список войдут %n человек</numerusform>
      </translation>
    </message>
    <message>
      <source>Nobody matches these choices.</source>
      <translation>Под эти условия никто не подходит.</translation>
    </message>
    <message>
      <source>Export delegations</source>
      <translation>Экспорт делегаций</translation>
    </message>
    <message>
      <source>Not exported: {error}</source>
      <translation>Экспорт не выполнен: {error}</translation>
    </message>
    <message>
      <source>Could not write {path}.</source>
      <translation>Не удалось записать {path}.</translation>
    </message>
  </context>
  <context>
    <name>dialogs.import_declaration</name>
    <message>
      <source>Drafts (*.docx *.txt);;All files (*)</source>
      <translation>Проекты (*.docx *.txt);;Все файлы (*)</translation>
    </message>
    <message>
      <source>A new declaration (with its signature blocks)</source>
      <translation>Новая декларация (с блоками подписей)</translation>
    </message>
    <message>
      <source>Import {name}</source>
      <translation>Импорт {name}</translation>
    </message>
    <message>
      <source>The {language} text of the meeting's declaration</source>
      <translation>Текст декларации заседания на языке: {language}</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Импортировать</translation>
    </message>
    <message>
      <source>Import as</source>
      <translation>Импортировать как</translation>
    </message>
    <message>
      <source>The draft was not imported</source>
      <translation>Проект не импортирован</translation>
    </message>
  </context>
  <context>
    <name>dialogs.import_persons</name>
    <message>
      <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
      <translation>Таблицы (*.csv *.xlsx *.txt);;Все файлы (*)</translation>
    </message>
    <message>
      <source>(choose…)</source>
      <translation>(выберите…)</translation>
    </message>
    <message>
      <source>Import persons</source>
      <translation>Импорт участников</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Выбрать файл…</translation>
    </message>
    <message>
      <source>No file chosen.</source>
      <translation>Файл не выбран.</translation>
    </message>
    <message>
      <source>Header in row </source>
      <translation>Заголовок в строке </translation>
    </message>
    <message>
      <source>Dates like 03/04/2014: not said</source>
      <translation>Даты вида 03/04/2014: порядок не указан</translation>
    </message>
    <message>
      <source>Dates like 03/04/2014: day first (3 April)</source>
      <translation>Даты вида 03/04/2014: сначала день (3 апреля)</translation>
    </message>
    <message>
      <source>Dates like 03/04/2014: month first (March 4)</source>
      <translation>Даты вида 03/04/2014: сначала месяц (4 марта)</translation>
    </message>
    <message>
      <source>Date order of the file</source>
      <translation>Порядок дат в файле</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>Столбец в файле</translation>
    </message>
    <message>
      <source>Holds</source>
      <translation>Содержит</translation>
    </message>
    <message>
      <source>Import the rows without errors; list the others in a report next to the file</source>
      <translation>Импортировать строки без ошибок, а остальные перечислить в отчёте рядом с файлом</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Импортировать</translation>
    </message>
    <message>
      <source>Undo import</source>
      <translation>Отменить импорт</translation>
    </message>
    <message>
      <source>Columns:</source>
      <translation>Столбцы:</translation>
    </message>
    <message>
      <source>What the import will do, row by row:</source>
      <translation>Что сделает импорт, построчно:</translation>
    </message>
    <message>
      <source>(column {value})</source>
      <translation>(столбец {value})</translation>
    </message>
    <message>
      <source>{choose} (looks like: {field})</source>
      <translation>{choose} (похоже на: {field})</translation>
    </message>
    <message>
      <source>The rows were not checked: cancelled.</source>
      <translation>Строки не проверены: отменено.</translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) have errors; they will be left out and listed in a report next to the file.</source>
      <translation>
        <numerusform>В %n строке есть ошибки; она будет пропущена и указана в отчёте рядом с файлом.</numerusform>
        <numerusform>В %n строках есть ошибки; они будут пропущены и указаны в отчёте рядом с файлом.</numerusform>
        <numerusform>В %n строках есть ошибки; они будут пропущены и указаны в отчёте рядом с файлом.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) have errors: correct the file (or the columns) first; nothing is imported while any row has an error.</source>
      <translation>
        <numerusform>В %n строке ошибки: сначала исправьте файл (или столбцы); пока есть ошибки, ничего не импортируется.</numerusform>
        <numerusform>В %n строках ошибки: сначала исправьте файл (или столбцы); пока есть ошибки, ничего не импортируется.</numerusform>
        <numerusform>В %n строках ошибки: сначала исправьте файл (или столбцы); пока есть ошибки, ничего не импортируется.</numerusform>
      </translation>
    </message>
    <message>
      <source>Every row is already in the meeting; there is nothing to import.</source>
      <translation>Все строки уже есть в заседании; импортировать нечего.</translation>
    </message>
    <message>
      <source>Nothing was imported: {error}</source>
      <translation>Ничего не импортировано: {error}</translation>
    </message>
    <message>
      <source>Nothing was imported: cancelled.</source>
      <translation>Ничего не импортировано: отменено.</translation>
    </message>
    <message>
      <source>Imported: {value} added, {value2} updated.</source>
      <translation>Импортировано: добавлено {value}, обновлено {value2}.</translation>
    </message>
    <message>
      <source>The import was not undone: cancelled.</source>
      <translation>Импорт не отменён: операция прервана.</translation>
    </message>
    <message>
      <source>The import was undone. </source>
      <translation>Импорт отменён. </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) were left out, but their report could not be written to {report}: {error}</source>
      <translation>
        <numerusform>Пропущена %n строка, но отчёт о ней не удалось записать в {report}: {error}</numerusform>
        <numerusform>Пропущено %n строки, но отчёт о них не удалось записать в {report}: {error}</numerusform>
        <numerusform>Пропущено %n строк, но отчёт о них не удалось записать в {report}: {error}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) were left out; see {report}</source>
      <translation>
        <numerusform>Пропущена %n строка; см. {report}</numerusform>
        <numerusform>Пропущено %n строки; см. {report}</numerusform>
        <numerusform>Пропущено %n строк; см. {report}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>dialogs.restore_backup</name>
    <message>
      <source>Restore a backup</source>
      <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
      <source>The database as it is now is backed up first, so a restore can itself be undone by restoring that backup.</source>
      <translation>Сначала создаётся резервная копия текущей базы данных, поэтому восстановление можно отменить, восстановив эту копию.</translation>
    </message>
    <message>
      <source>This database has no backups yet.</source>
      <translation>У этой базы данных пока нет резервных копий.</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Восстановить</translation>
    </message>
  </context>
  <context>
    <name>excepthook</name>
    <message>
      <source>That cannot be done</source>
      <translation>Это невозможно</translation>
    </message>
  </context>
  <context>
    <name>exchange_menu</name>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
      <source>iCalendar files (*.ics)</source>
      <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message>
      <source>&amp;Delegation list (CSV, XLSX, PDF)...</source>
      <translation>&amp;Список делегаций (CSV, XLSX, PDF)...</translation>
    </message>
    <message>
      <source>&amp;Agenda as iCalendar...</source>
      <translation>&amp;Программа в iCalendar...</translation>
    </message>
    <message>
      <source>Whole &amp;meeting as one file...</source>
      <translation>Всё &amp;заседание одним файлом...</translation>
    </message>
    <message>
      <source>&amp;Persons from CSV or XLSX...</source>
      <translation>&amp;Участники из CSV или XLSX...</translation>
    </message>
    <message>
      <source>A &amp;meeting file...</source>
      <translation>Файл &amp;заседания...</translation>
    </message>
    <message>
      <source>D&amp;eclaration draft as Word...</source>
      <translation>Проект &amp;декларации в Word...</translation>
    </message>
    <message>
      <source>A &amp;declaration draft (Word or text)...</source>
      <translation>Проект &amp;декларации (Word или текст)...</translation>
    </message>
    <message>
      <source>Import {source}</source>
      <translation>Импорт {source}</translation>
    </message>
    <message>
      <source>Export the agenda</source>
      <translation>Экспорт программы</translation>
    </message>
    <message>
      <source>Export the meeting</source>
      <translation>Экспорт заседания</translation>
    </message>
    <message>
      <source>Export the declaration</source>
      <translation>Экспорт декларации</translation>
    </message>
    <message>
      <source>Import a declaration draft</source>
      <translation>Импорт проекта декларации</translation>
    </message>
    <message>
      <source>The draft was not imported</source>
      <translation>Проект не импортирован</translation>
    </message>
    <message>
      <source>ANMC meeting files (*.json)</source>
      <translation>Файлы заседаний ANMC (*.json)</translation>
    </message>
    <message>
      <source>Import a meeting</source>
      <translation>Импорт заседания</translation>
    </message>
    <message>
      <source>The meeting was not imported</source>
      <translation>Заседание не импортировано</translation>
    </message>
    <message>
      <source>The meeting is already here</source>
      <translation>Это заседание уже есть</translation>
    </message>
    <message>
      <source>{title} is already here. Update it from the file, or import the file as a separate copy?</source>
      <translation>«{title}» уже есть. Обновить его из файла или импортировать файл как отдельную копию?</translation>
    </message>
    <message>
      <source>Update it from the file</source>
      <translation>Обновить из файла</translation>
    </message>
    <message>
      <source>Import a separate copy</source>
      <translation>Импортировать отдельную копию</translation>
    </message>
    <message>
      <source>An update changes and adds what the file holds, and keeps what it does not.</source>
      <translation>Обновление изменяет и добавляет то, что есть в файле, и сохраняет то, чего в нём нет.</translation>
    </message>
    <message>
      <source>Nothing to update</source>
      <translation>Обновлять нечего</translation>
    </message>
    <message>
      <source>The file holds no changes to the meeting.</source>
      <translation>В файле нет изменений для этого заседания.</translation>
    </message>
    <message>
      <source>Update the meeting?</source>
      <translation>Обновить заседание?</translation>
    </message>
    <message numerus="yes">
      <source>The file changes %n thing(s) in the meeting (see the details). Apply the changes?</source>
      <translation>
        <numerusform>Файл меняет в заседании %n сведение (см. подробности). Применить изменения?</numerusform>
        <numerusform>Файл меняет в заседании %n сведения (см. подробности). Применить изменения?</numerusform>
        <numerusform>Файл меняет в заседании %n сведений (см. подробности). Применить изменения?</numerusform>
      </translation>
    </message>
    <message>
      <source>
... and {more} more</source>
      <translation>
... и ещё {more}</translation>
    </message>
    <message>
      <source>Changes:
</source>
      <translation>Изменения:
</translation>
    </message>
    <message>
      <source>none</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>Cities found by another name:
</source>
      <translation>Города, найденные по другому названию:
</translation>
    </message>
    <message>
      <source>Unknown keys, ignored:
</source>
      <translation>Неизвестные ключи (пропущены):
</translation>
    </message>
    <message>
      <source>Meeting updated</source>
      <translation>Заседание обновлено</translation>
    </message>
    <message>
      <source>{source} was imported into the meeting.</source>
      <translation>Файл {source} импортирован в заседание.</translation>
    </message>
    <message>
      <source>Meeting imported</source>
      <translation>Заседание импортировано</translation>
    </message>
    <message>
      <source>{source} was imported as a new meeting.</source>
      <translation>Файл {source} импортирован как новое заседание.</translation>
    </message>
  </context>
  <context>
    <name>file_output</name>
    <message>
      <source>The file was not written</source>
      <translation>Файл не записан</translation>
    </message>
  </context>
  <context>
    <name>forms.agenda_item</name>
    <message>
      <source>must fall within the meeting's days ({first} to {last}).</source>
      <translation>должно приходиться на дни заседания (с {first} по {last}).</translation>
    </message>
    <message>
      <source>Edit agenda item</source>
      <translation>Изменить пункт программы</translation>
    </message>
    <message>
      <source>Add agenda item</source>
      <translation>Добавить пункт программы</translation>
    </message>
    <message>
      <source>speaker</source>
      <translation>выступающий</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>&amp;Название</translation>
    </message>
    <message>
      <source>&amp;Description</source>
      <translation>&amp;Описание</translation>
    </message>
    <message>
      <source>&amp;Starts</source>
      <translation>Нача&amp;ло</translation>
    </message>
    <message>
      <source>&amp;Ends</source>
      <translation>О&amp;кончание</translation>
    </message>
    <message>
      <source>&amp;Room</source>
      <translation>&amp;Зал</translation>
    </message>
    <message>
      <source>&amp;Moderator</source>
      <translation>&amp;Модератор</translation>
    </message>
    <message>
      <source>S&amp;peakers</source>
      <translation>Выс&amp;тупающие</translation>
    </message>
    <message>
      <source>is required.</source>
      <translation>обязательно.</translation>
    </message>
    <message>
      <source>must not be before the start.</source>
      <translation>не может быть раньше начала.</translation>
    </message>
    <message>
      <source>Move “{title}”</source>
      <translation>Перенести «{title}»</translation>
    </message>
    <message>
      <source>New &amp;start</source>
      <translation>Новое &amp;начало</translation>
    </message>
    <message>
      <source>The item keeps its length ({length}).</source>
      <translation>Продолжительность пункта сохраняется ({length}).</translation>
    </message>
    <message>
      <source>the item would end after the meeting's last day.</source>
      <translation>пункт закончится после последнего дня заседания.</translation>
    </message>
  </context>
  <context>
    <name>forms.alias_list</name>
    <message>
      <source>an official, historic or other-script name</source>
      <translation>официальное, историческое или написанное другим письмом название</translation>
    </message>
    <message>
      <source>Add alias</source>
      <translation>Добавить название</translation>
    </message>
    <message>
      <source>Remove alias</source>
      <translation>Удалить название</translation>
    </message>
  </context>
  <context>
    <name>forms.city_form</name>
    <message>
      <source>Edit city</source>
      <translation>Изменить город</translation>
    </message>
    <message>
      <source>Add a member city</source>
      <translation>Добавить город — член сети</translation>
    </message>
    <message>
      <source>English name</source>
      <translation>Название по-английски</translation>
    </message>
    <message>
      <source>Local name</source>
      <translation>Местное название</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Страна</translation>
    </message>
    <message>
      <source>Member since</source>
      <translation>Член сети с</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>Часовой пояс</translation>
    </message>
    <message>
      <source>Aliases</source>
      <translation>Другие названия</translation>
    </message>
    <message>
      <source>is required.</source>
      <translation>обязательно.</translation>
    </message>
    <message>
      <source>type an alias first: it is empty.</source>
      <translation>сначала введите название: оно пустое.</translation>
    </message>
    <message>
      <source>{alias} is listed already.</source>
      <translation>{alias} уже есть в списке.</translation>
    </message>
    <message>
      <source>{alias} is this city's own name.</source>
      <translation>{alias} — собственное название этого города.</translation>
    </message>
    <message>
      <source>{alias} already names {city}.</source>
      <translation>{alias} уже обозначает город {city}.</translation>
    </message>
    <message>
      <source>is not a time zone (e.g. Asia/Tokyo).</source>
      <translation>не является часовым поясом (например, Asia/Tokyo).</translation>
    </message>
  </context>
  <context>
    <name>forms.delegation_forms</name>
    <message>
      <source>(choose)</source>
      <translation>(выберите)</translation>
    </message>
    <message>
      <source>Add a delegation</source>
      <translation>Добавить делегацию</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Город</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>choose a city.</source>
      <translation>выберите город.</translation>
    </message>
    <message>
      <source>Status of the delegation of {city_name}</source>
      <translation>Статус делегации города {city_name}</translation>
    </message>
    <message>
      <source>Proxy given to</source>
      <translation>Доверенность передана</translation>
    </message>
    <message>
      <source>choose the delegation that holds the proxy.</source>
      <translation>выберите делегацию, получившую доверенность.</translation>
    </message>
    <message>
      <source>Move {name}</source>
      <translation>Перевести: {name}</translation>
    </message>
    <message>
      <source>To the delegation of</source>
      <translation>В делегацию города</translation>
    </message>
    <message>
      <source>choose a delegation.</source>
      <translation>выберите делегацию.</translation>
    </message>
  </context>
  <context>
    <name>forms.form_dialog</name>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>{value} (read-only)</source>
      <translation>{value} (только чтение)</translation>
    </message>
    <message>
      <source>Change log...</source>
      <translation>Журнал изменений...</translation>
    </message>
    <message>
      <source>Not saved: another organizer changed this record meanwhile. Save again to decide, or reload their version.</source>
      <translation>Не сохранено: тем временем другой организатор изменил эту запись. Сохраните ещё раз, чтобы решить, или загрузите их версию.</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>Отменить изменения?</translation>
    </message>
    <message>
      <source>You have changed this form. Close it without saving?</source>
      <translation>Вы изменили эту форму. Закрыть её без сохранения?</translation>
    </message>
  </context>
  <context>
    <name>forms.letter_options</name>
    <message>
      <source>none</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>Browse...</source>
      <translation>Обзор...</translation>
    </message>
    <message>
      <source>Letterhead image</source>
      <translation>Изображение бланка</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Letter template</source>
      <translation>Шаблон письма</translation>
    </message>
    <message>
      <source>Text files (*.txt)</source>
      <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
      <source>Letterhead</source>
      <translation>Бланк</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>Шаблон</translation>
    </message>
    <message>
      <source>One file per delegation, in a zip (saved, no preview)</source>
      <translation>Отдельный файл для каждой делегации, в zip-архиве (сохраняется без просмотра)</translation>
    </message>
    <message>
      <source>.docx to edit in a word processor (saved, no preview)</source>
      <translation>.docx для правки в текстовом редакторе (сохраняется без просмотра)</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Файлы</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Формат</translation>
    </message>
    <message>
      <source>cannot be read.</source>
      <translation>не удаётся прочитать.</translation>
    </message>
    <message>
      <source>cannot be read as UTF-8 text.</source>
      <translation>не удаётся прочитать как текст UTF-8.</translation>
    </message>
  </context>
  <context>
    <name>forms.meeting_form</name>
    <message>
      <source>Edit meeting</source>
      <translation>Изменить заседание</translation>
    </message>
    <message>
      <source>New meeting</source>
      <translation>Новое заседание</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(нет)</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Номер</translation>
    </message>
    <message>
      <source>Host city</source>
      <translation>Принимающий город</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>Место проведения</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>Первый день</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>Последний день</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Тема</translation>
    </message>
    <message>
      <source>is required.</source>
      <translation>обязательно.</translation>
    </message>
    <message>
      <source>add the host city on Member cities first.</source>
      <translation>сначала добавьте принимающий город на странице «Города — члены сети».</translation>
    </message>
    <message>
      <source>must not be before the first day.</source>
      <translation>не может быть раньше первого дня.</translation>
    </message>
  </context>
  <context>
    <name>forms.ordered_list</name>
    <message>
      <source>Move up</source>
      <translation>Выше</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Ниже</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Добавить</translation>
    </message>
    <message>
      <source>Add a {noun} at the end</source>
      <translation>Добавить в конец: {noun}</translation>
    </message>
    <message>
      <source>Select a {noun} above to edit its text.</source>
      <translation>Выберите выше элемент ({noun}), чтобы изменить его текст.</translation>
    </message>
    <message>
      <source>Text of the selected {noun}:</source>
      <translation>Текст выбранного элемента ({noun}):</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(нет)</translation>
    </message>
    <message>
      <source>person {person_id}</source>
      <translation>участник {person_id}</translation>
    </message>
    <message>
      <source>Type or pick a {noun}</source>
      <translation>Введите или выберите: {noun}</translation>
    </message>
    <message>
      <source>Add {noun}</source>
      <translation>Добавить: {noun}</translation>
    </message>
  </context>
  <context>
    <name>forms.organizer_form</name>
    <message>
      <source>Preferences</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Ваше имя</translation>
    </message>
    <message>
      <source>As the system</source>
      <translation>Как в системе</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>is required: it is recorded with changes.</source>
      <translation>обязательно: оно записывается вместе с изменениями.</translation>
    </message>
    <message>
      <source>Not saved: the settings file {value} could not be written ({value2}).</source>
      <translation>Не сохранено: не удалось записать файл настроек {value} ({value2}).</translation>
    </message>
  </context>
  <context>
    <name>forms.person_form</name>
    <message>
      <source>Given name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>Фамилия</translation>
    </message>
    <message>
      <source>Native name</source>
      <translation>Имя в родной письменности</translation>
    </message>
    <message>
      <source>Honorific</source>
      <translation>Обращение</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Должность</translation>
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
      <source>Dietary needs</source>
      <translation>Особенности питания</translation>
    </message>
    <message>
      <source>Access needs</source>
      <translation>Особые потребности доступа</translation>
    </message>
    <message>
      <source>Arrival flight</source>
      <translation>Рейс прибытия</translation>
    </message>
    <message>
      <source>Arrival at</source>
      <translation>Место прибытия</translation>
    </message>
    <message>
      <source>Met by</source>
      <translation>Встречает</translation>
    </message>
    <message>
      <source>Departure flight</source>
      <translation>Рейс отъезда</translation>
    </message>
    <message>
      <source>Hotel</source>
      <translation>Гостиница</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>Номер</translation>
    </message>
    <message>
      <source>Car or bus</source>
      <translation>Автомобиль или автобус</translation>
    </message>
    <message>
      <source>Passport number</source>
      <translation>Номер паспорта</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Гражданство</translation>
    </message>
    <message>
      <source>Edit person</source>
      <translation>Изменить участника</translation>
    </message>
    <message>
      <source>Add a person</source>
      <translation>Добавить участника</translation>
    </message>
    <message>
      <source>Family name first (e.g. Le Hong Son)</source>
      <translation>Фамилия впереди (например, Le Hong Son)</translation>
    </message>
    <message>
      <source>Name order</source>
      <translation>Порядок имени</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <source>Arrival</source>
      <translation>Прибытие</translation>
    </message>
    <message>
      <source>Departure</source>
      <translation>Отъезд</translation>
    </message>
    <message>
      <source>Passport expires</source>
      <translation>Паспорт действителен до</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Not named yet (shown in grey italics)</source>
      <translation>Ещё не назван (показывается серым курсивом)</translation>
    </message>
    <message>
      <source>Placeholder</source>
      <translation>Заполнитель</translation>
    </message>
    <message>
      <source>give a name (Latin or native).</source>
      <translation>укажите имя (латиницей или в родной письменности).</translation>
    </message>
    <message>
      <source>is not an e-mail address.</source>
      <translation>не является адресом эл. почты.</translation>
    </message>
    <message>
      <source>must not be before arrival.</source>
      <translation>не может быть раньше прибытия.</translation>
    </message>
  </context>
  <context>
    <name>forms.print_options_form</name>
    <message>
      <source>Ready: nothing missing.</source>
      <translation>Готово: ничего не упущено.</translation>
    </message>
    <message>
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <source>US Letter</source>
      <translation>US Letter</translation>
    </message>
    <message>
      <source>One original</source>
      <translation>Один подлинник</translation>
    </message>
    <message>
      <source>One original per signing city</source>
      <translation>По подлиннику для каждого города-подписанта</translation>
    </message>
    <message>
      <source>One after another</source>
      <translation>Один за другим</translation>
    </message>
    <message>
      <source>Two side by side, clause against clause</source>
      <translation>Два рядом, пункт против пункта</translation>
    </message>
    <message>
      <source>Cities alphabetically</source>
      <translation>Города по алфавиту</translation>
    </message>
    <message>
      <source>Host city first</source>
      <translation>Принимающий город первым</translation>
    </message>
    <message>
      <source>Host city last</source>
      <translation>Принимающий город последним</translation>
    </message>
    <message>
      <source>Several to a sheet, with bleed and crop marks</source>
      <translation>Несколько на листе, с вылетами и метками обреза</translation>
    </message>
    <message>
      <source>One per badge-sized page with bleed, for a print shop</source>
      <translation>По одному на странице размера бейджа с вылетами, для типографии</translation>
    </message>
    <message>
      <source>A3 landscape</source>
      <translation>A3, альбомная</translation>
    </message>
    <message>
      <source>A4 landscape</source>
      <translation>A4, альбомная</translation>
    </message>
    <message>
      <source>By city, heads first</source>
      <translation>По городам, главы делегаций первыми</translation>
    </message>
    <message>
      <source>As the seating plan seats them</source>
      <translation>По плану рассадки</translation>
    </message>
    <message>
      <source>Print: {label}</source>
      <translation>Печать: {label}</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Просмотр</translation>
    </message>
    <message>
      <source>Before the final print:
{check}</source>
      <translation>Перед окончательной печатью:
{check}</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>Бумага</translation>
    </message>
    <message>
      <source>Document language</source>
      <translation>Язык документа</translation>
    </message>
    <message>
      <source>Each city's original puts its own signature block first</source>
      <translation>В подлиннике каждого города его блок подписи идёт первым</translation>
    </message>
    <message>
      <source>Two columns</source>
      <translation>Две колонки</translation>
    </message>
    <message>
      <source>One column</source>
      <translation>Одна колонка</translation>
    </message>
    <message>
      <source>A box for initials at the foot of every page</source>
      <translation>Поле для парафа внизу каждой страницы</translation>
    </message>
    <message>
      <source>Originals</source>
      <translation>Подлинники</translation>
    </message>
    <message>
      <source>Alternat</source>
      <translation>Альтернат</translation>
    </message>
    <message>
      <source>Signature blocks</source>
      <translation>Блоки подписей</translation>
    </message>
    <message>
      <source>Texts in several languages</source>
      <translation>Тексты на нескольких языках</translation>
    </message>
    <message>
      <source>Initials</source>
      <translation>Парафы</translation>
    </message>
    <message>
      <source>E-mail and phone</source>
      <translation>Эл. почта и телефон</translation>
    </message>
    <message>
      <source>Arrival and departure</source>
      <translation>Прибытие и отъезд</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Порядок</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Контакты</translation>
    </message>
    <message>
      <source>Travel</source>
      <translation>Поездка</translation>
    </message>
    <message>
      <source>Layout</source>
      <translation>Макет</translation>
    </message>
  </context>
  <context>
    <name>help_menu</name>
    <message>
      <source>Next or previous control; tables and lists are left with Tab</source>
      <translation>Следующий или предыдущий элемент; из таблиц и списков выходят клавишей Tab</translation>
    </message>
    <message>
      <source>Tab / Shift+Tab</source>
      <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
      <source>Move inside a table or list</source>
      <translation>Перемещение по таблице или списку</translation>
    </message>
    <message>
      <source>Arrow keys</source>
      <translation>Стрелки</translation>
    </message>
    <message>
      <source>Open the current row</source>
      <translation>Открыть текущую строку</translation>
    </message>
    <message>
      <source>Enter</source>
      <translation>Enter</translation>
    </message>
    <message>
      <source>Close a dialog</source>
      <translation>Закрыть диалоговое окно</translation>
    </message>
    <message>
      <source>Esc</source>
      <translation>Esc</translation>
    </message>
    <message>
      <source>Go to that control or menu</source>
      <translation>Перейти к этому элементу или меню</translation>
    </message>
    <message>
      <source>Alt+underlined letter</source>
      <translation>Alt+подчёркнутая буква</translation>
    </message>
    <message>
      <source>Save the form</source>
      <translation>Сохранить форму</translation>
    </message>
    <message>
      <source>Cancel the form</source>
      <translation>Закрыть форму без сохранения</translation>
    </message>
    <message>
      <source>Open a date field's calendar</source>
      <translation>Открыть календарь поля даты</translation>
    </message>
    <message>
      <source>F4 or Alt+Down</source>
      <translation>F4 или Alt+Стрелка вниз</translation>
    </message>
    <message>
      <source>Open what the overview lists</source>
      <translation>Открыть то, что указано в обзоре</translation>
    </message>
    <message>
      <source>Enter or double-click</source>
      <translation>Enter или двойной щелчок</translation>
    </message>
    <message>
      <source>ANMC Desktop guide</source>
      <translation>Руководство ANMC Desktop</translation>
    </message>
    <message>
      <source>User guide</source>
      <translation>Руководство пользователя</translation>
    </message>
    <message>
      <source> or </source>
      <translation> или </translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Сочетания клавиш</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Действие</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Клавиши</translation>
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
      <source>Open the &amp;log folder</source>
      <translation>Открыть папку &amp;журнала</translation>
    </message>
  </context>
  <context>
    <name>item_models.agenda</name>
    <message>
      <source>{moderator_name} (moderator)</source>
      <translation>{moderator_name} (модератор)</translation>
    </message>
    <message numerus="yes">
      <source> (+%n more)</source>
      <translation>
        <numerusform> (и ещё %n)</numerusform>
        <numerusform> (и ещё %n)</numerusform>
        <numerusform> (и ещё %n)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>item_models.delegations</name>
    <message>
      <source>{label} to {proxy_to_city}</source>
      <translation>{label}: {proxy_to_city}</translation>
    </message>
  </context>
  <context>
    <name>item_models.persons</name>
    <message>
      <source>{role} (placeholder)</source>
      <translation>{role} (заполнитель)</translation>
    </message>
  </context>
  <context>
    <name>item_models.record_table</name>
    <message>
      <source>Placeholder: not named yet</source>
      <translation>Заполнитель: ещё не назван</translation>
    </message>
  </context>
  <context>
    <name>item_models.signatories</name>
    <message>
      <source>{city_name} (host)</source>
      <translation>{city_name} (принимающий город)</translation>
    </message>
    <message>
      <source>received</source>
      <translation>получены</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>да</translation>
    </message>
  </context>
  <context>
    <name>languages</name>
    <message>
      <source>English</source>
      <translation>Английский</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>Русский</translation>
    </message>
    <message>
      <source>Japanese</source>
      <translation>Японский</translation>
    </message>
    <message>
      <source>Korean</source>
      <translation>Корейский</translation>
    </message>
    <message>
      <source>Chinese</source>
      <translation>Китайский</translation>
    </message>
    <message>
      <source>Vietnamese</source>
      <translation>Вьетнамский</translation>
    </message>
    <message>
      <source>Thai</source>
      <translation>Тайский</translation>
    </message>
    <message>
      <source>Burmese</source>
      <translation>Бирманский</translation>
    </message>
    <message>
      <source>Indonesian</source>
      <translation>Индонезийский</translation>
    </message>
    <message>
      <source>Malay</source>
      <translation>Малайский</translation>
    </message>
    <message>
      <source>Mongolian</source>
      <translation>Монгольский</translation>
    </message>
    <message>
      <source>Hindi</source>
      <translation>Хинди</translation>
    </message>
    <message>
      <source>French</source>
      <translation>Французский</translation>
    </message>
    <message>
      <source>German</source>
      <translation>Немецкий</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>Испанский</translation>
    </message>
  </context>
  <context>
    <name>locale_format</name>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} ч {minutes} мин</translation>
    </message>
  </context>
  <context>
    <name>main_window</name>
    <message>
      <source>{title} (Ctrl+{number})</source>
      <translation>{title} (Ctrl+{number})</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Страницы</translation>
    </message>
    <message>
      <source>Go to {title}</source>
      <translation>Перейти: {title}</translation>
    </message>
    <message>
      <source> (read-only)</source>
      <translation> (только чтение)</translation>
    </message>
    <message>
      <source>Organizer: {name}</source>
      <translation>Организатор: {name}</translation>
    </message>
    <message>
      <source>Discard unsaved changes?</source>
      <translation>Отменить несохранённые изменения?</translation>
    </message>
    <message>
      <source>The {title} page has changes that are not saved. Discard them?</source>
      <translation>На странице «{title}» есть несохранённые изменения. Отменить их?</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>&amp;Print</source>
      <translation>&amp;Печать</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Экспорт</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Импорт</translation>
    </message>
    <message>
      <source>&amp;Back up now...</source>
      <translation>&amp;Создать резервную копию...</translation>
    </message>
    <message>
      <source>&amp;Restore a backup...</source>
      <translation>&amp;Восстановить из резервной копии...</translation>
    </message>
    <message>
      <source>&amp;Preferences...</source>
      <translation>&amp;Настройки...</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Выход</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Правка</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <source>&amp;About {APP_TITLE}</source>
      <translation>&amp;О программе {APP_TITLE}</translation>
    </message>
    <message>
      <source>Database: {display_name}</source>
      <translation>База данных: {display_name}</translation>
    </message>
    <message>
      <source>Read-only: changes cannot be saved</source>
      <translation>Только чтение: изменения не сохраняются</translation>
    </message>
    <message>
      <source>Add the sample meeting?</source>
      <translation>Добавить образец заседания?</translation>
    </message>
    <message>
      <source>This database has no meetings yet. Add the sample meeting (the 13th Plenary Meeting of the ANMC21, Tomsk, 2014) to see how the app works?</source>
      <translation>В этой базе данных пока нет заседаний. Добавить образец (13-е пленарное заседание ANMC21, Томск, 2014), чтобы посмотреть, как работает программа?</translation>
    </message>
    <message>
      <source>You can add your own meetings next to it.</source>
      <translation>Рядом с ним можно добавлять свои заседания.</translation>
    </message>
    <message>
      <source>The sample meeting could not be added</source>
      <translation>Не удалось добавить образец заседания</translation>
    </message>
    <message>
      <source>(to be confirmed)</source>
      <translation>(уточняется)</translation>
    </message>
    <message>
      <source>Head of delegation (placeholder: not named in the facts)</source>
      <translation>Глава делегации (условно: в исходных данных не назван)</translation>
    </message>
    <message>
      <source>About {APP_TITLE}</source>
      <translation>О программе {APP_TITLE}</translation>
    </message>
    <message>
      <source>Organize the plenary meetings of a city network: member cities, delegations, the agenda, the declaration and its signatories.</source>
      <translation>Подготовка пленарных заседаний сети городов: города — члены сети, делегации, программа, декларация и её подписанты.</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>Unexpected error</source>
      <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
      <source>Something went wrong that the app did not expect. What you saved is safe.</source>
      <translation>Произошёл сбой, которого программа не ожидала. Всё сохранённое в безопасности.</translation>
    </message>
    <message>
      <source>The details are in the log file:
{log_file}</source>
      <translation>Подробности в файле журнала:
{log_file}</translation>
    </message>
  </context>
  <context>
    <name>pages</name>
    <message>
      <source>Agenda</source>
      <translation>Программа</translation>
    </message>
    <message>
      <source>Check-in</source>
      <translation>Регистрация</translation>
    </message>
    <message>
      <source>Member cities</source>
      <translation>Города — члены сети</translation>
    </message>
    <message>
      <source>Declaration</source>
      <translation>Декларация</translation>
    </message>
    <message>
      <source>Delegations</source>
      <translation>Делегации</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Заседания</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>Обзор</translation>
    </message>
    <message>
      <source>Persons</source>
      <translation>Участники</translation>
    </message>
    <message>
      <source>Seating</source>
      <translation>Рассадка</translation>
    </message>
    <message>
      <source>Signatories</source>
      <translation>Подписанты</translation>
    </message>
  </context>
  <context>
    <name>pages.agenda</name>
    <message>
      <source>&amp;Add item…</source>
      <translation>&amp;Добавить пункт…</translation>
    </message>
    <message>
      <source>Ed&amp;it…</source>
      <translation>&amp;Изменить…</translation>
    </message>
    <message>
      <source>D&amp;uplicate</source>
      <translation>&amp;Копировать</translation>
    </message>
    <message>
      <source>&amp;Move…</source>
      <translation>Пере&amp;нести…</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Удалить</translation>
    </message>
    <message>
      <source>Add an item to the day shown (Ctrl+N)</source>
      <translation>Добавить пункт в показанный день (Ctrl+N)</translation>
    </message>
    <message>
      <source>Delete the selected item (Del); Ctrl+Z brings it back</source>
      <translation>Удалить выбранный пункт (Del); Ctrl+Z вернёт его</translation>
    </message>
    <message>
      <source>Edit “{title}”</source>
      <translation>Изменение «{title}»</translation>
    </message>
    <message>
      <source>Move “{title}”</source>
      <translation>Перенести «{title}»</translation>
    </message>
    <message>
      <source>Duplicate “{title}”</source>
      <translation>Копия «{title}»</translation>
    </message>
    <message>
      <source>Delete “{title}”</source>
      <translation>Удаление «{title}»</translation>
    </message>
    <message>
      <source>Add “{title}”</source>
      <translation>Добавление «{title}»</translation>
    </message>
    <message>
      <source>The programme was not changed</source>
      <translation>Программа не изменена</translation>
    </message>
  </context>
  <context>
    <name>pages.base</name>
    <message>
      <source>No current meeting: choose one on the Meetings page.</source>
      <translation>Текущее заседание не выбрано: выберите его на странице «Заседания».</translation>
    </message>
    <message>
      <source>The database is open read-only: nothing can be changed in this window.</source>
      <translation>База данных открыта только для чтения: в этом окне ничего нельзя изменить.</translation>
    </message>
    <message>
      <source>&amp;View…</source>
      <translation>&amp;Просмотр…</translation>
    </message>
  </context>
  <context>
    <name>pages.check_in</name>
    <message>
      <source>Scan a badge, or type a name, then Enter</source>
      <translation>Отсканируйте бейдж или введите имя, затем Enter</translation>
    </message>
    <message>
      <source>&amp;Undo last check-in</source>
      <translation>Отменить последнюю &amp;регистрацию</translation>
    </message>
    <message>
      <source>A wrong person was checked in</source>
      <translation>Зарегистрирован не тот участник</translation>
    </message>
    <message>
      <source>Delegation</source>
      <translation>Делегация</translation>
    </message>
    <message>
      <source>Checked in</source>
      <translation>Зарегистрировано</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>Ожидается</translation>
    </message>
    <message>
      <source>&amp;Scan or name:</source>
      <translation>Ска&amp;н или имя:</translation>
    </message>
    <message>
      <source>{checked_in} of {expected} checked in</source>
      <translation>Зарегистрировано {checked_in} из {expected}</translation>
    </message>
    <message>
      <source>Check-in</source>
      <translation>Регистрация</translation>
    </message>
    <message>
      <source>The check-in could not be saved.</source>
      <translation>Не удалось сохранить регистрацию.</translation>
    </message>
    <message numerus="yes">
      <source>%n persons fit: choose one below.</source>
      <translation>
        <numerusform>Подходит %n участник: выберите ниже.</numerusform>
        <numerusform>Подходят %n участника: выберите одного ниже.</numerusform>
        <numerusform>Подходят %n участников: выберите одного ниже.</numerusform>
      </translation>
    </message>
    <message>
      <source>No one found.</source>
      <translation>Никто не найден.</translation>
    </message>
    <message>
      <source>{time} UTC</source>
      <translation>{time} UTC</translation>
    </message>
    <message>
      <source>{who} had checked in already, at {when}.</source>
      <translation>{who} уже зарегистрирован(а) в {when}.</translation>
    </message>
    <message>
      <source>Checked in: {who} at {when}.</source>
      <translation>Зарегистрирован(а): {who} в {when}.</translation>
    </message>
    <message>
      <source>Check in {name}</source>
      <translation>Регистрация: {name}</translation>
    </message>
    <message>
      <source>The last check-in was undone.</source>
      <translation>Последняя регистрация отменена.</translation>
    </message>
  </context>
  <context>
    <name>pages.cities</name>
    <message>
      <source>&amp;Add city…</source>
      <translation>&amp;Добавить город…</translation>
    </message>
    <message>
      <source>Ed&amp;it…</source>
      <translation>&amp;Изменить…</translation>
    </message>
    <message>
      <source>&amp;Retire</source>
      <translation>&amp;Вывести из сети</translation>
    </message>
    <message>
      <source>A retired city keeps its past delegations.</source>
      <translation>Вышедший из сети город сохраняет свои прошлые делегации.</translation>
    </message>
    <message>
      <source>Retire {name_en}</source>
      <translation>Выход из сети: {name_en}</translation>
    </message>
    <message>
      <source>Add {name_en}</source>
      <translation>Добавление: {name_en}</translation>
    </message>
    <message>
      <source>Edit {name_en}</source>
      <translation>Изменение: {name_en}</translation>
    </message>
  </context>
  <context>
    <name>pages.declaration</name>
    <message>
      <source>&amp;Save</source>
      <translation>Со&amp;хранить</translation>
    </message>
    <message>
      <source>Save the declaration (Ctrl+S, or Enter in a one-line field)</source>
      <translation>Сохранить декларацию (Ctrl+S или Enter в однострочном поле)</translation>
    </message>
    <message>
      <source>Re&amp;vert</source>
      <translation>&amp;Вернуть</translation>
    </message>
    <message>
      <source>Go back to what is saved (Esc)</source>
      <translation>Вернуться к сохранённому (Esc)</translation>
    </message>
    <message>
      <source>Mar&amp;k final</source>
      <translation>&amp;Утвердить окончательно</translation>
    </message>
    <message>
      <source>Make the declaration read-only; save your changes first</source>
      <translation>Сделать декларацию доступной только для чтения; сначала сохраните изменения</translation>
    </message>
    <message>
      <source>Re&amp;open</source>
      <translation>&amp;Открыть для правки</translation>
    </message>
    <message>
      <source>&amp;Start the declaration</source>
      <translation>&amp;Начать декларацию</translation>
    </message>
    <message>
      <source>Save the declaration</source>
      <translation>Сохранение декларации</translation>
    </message>
    <message>
      <source>Not saved: another organizer saved the declaration meanwhile. Save again to decide, or reload their version.</source>
      <translation>Не сохранено: тем временем другой организатор сохранил декларацию. Сохраните ещё раз, чтобы решить, или загрузите их версию.</translation>
    </message>
    <message>
      <source>Revert the declaration?</source>
      <translation>Вернуть декларацию к сохранённой?</translation>
    </message>
    <message>
      <source>Forget the changes made since the last save?</source>
      <translation>Отменить изменения после последнего сохранения?</translation>
    </message>
    <message>
      <source>Mark the declaration final</source>
      <translation>Утверждение окончательного текста декларации</translation>
    </message>
    <message>
      <source>Reopen the declaration</source>
      <translation>Открытие декларации для правки</translation>
    </message>
    <message>
      <source>Start the declaration</source>
      <translation>Начало декларации</translation>
    </message>
    <message>
      <source>The declaration was not changed</source>
      <translation>Декларация не изменена</translation>
    </message>
    <message>
      <source>This meeting has no declaration yet.</source>
      <translation>У этого заседания пока нет декларации.</translation>
    </message>
    <message>
      <source>Final: read-only until reopened</source>
      <translation>Окончательный текст: только чтение, пока не открыт для правки</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Проект</translation>
    </message>
    <message>
      <source> — unsaved changes</source>
      <translation> — есть несохранённые изменения</translation>
    </message>
    <message>
      <source>Leave empty to use: {built}</source>
      <translation>Оставьте пустым, чтобы использовать: {built}</translation>
    </message>
    <message>
      <source>nothing: no formula is known for this language, type it here</source>
      <translation>ничего: для этого языка формула неизвестна, введите её здесь</translation>
    </message>
    <message>
      <source>is required.</source>
      <translation>обязательно.</translation>
    </message>
    <message>
      <source>paragraph {numbers} has no text.</source>
      <translation>в абзаце {numbers} нет текста.</translation>
    </message>
    <message>
      <source>preamble paragraph</source>
      <translation>абзац преамбулы</translation>
    </message>
    <message>
      <source>clause</source>
      <translation>пункт</translation>
    </message>
    <message>
      <source>As this text's testimonium names it (after “в” in Russian: Томске)</source>
      <translation>Как его называет заключительная формула этого текста (после «в» по-русски: Томске)</translation>
    </message>
    <message>
      <source>Tick to date the declaration</source>
      <translation>Отметьте, чтобы датировать декларацию</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>&amp;Название</translation>
    </message>
    <message>
      <source>Opening &amp;paragraph</source>
      <translation>Вступительный &amp;абзац</translation>
    </message>
    <message>
      <source>P&amp;reamble</source>
      <translation>П&amp;реамбула</translation>
    </message>
    <message>
      <source>Transition for&amp;mula</source>
      <translation>Свя&amp;зующая формула</translation>
    </message>
    <message>
      <source>&amp;Clauses</source>
      <translation>Пун&amp;кты</translation>
    </message>
    <message>
      <source>P&amp;lace</source>
      <translation>&amp;Место</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>&amp;Дата</translation>
    </message>
    <message>
      <source>&amp;Number of originals</source>
      <translation>&amp;Число подлинников</translation>
    </message>
    <message>
      <source>Testimon&amp;ium (override)</source>
      <translation>Заключи&amp;тельная формула (вручную)</translation>
    </message>
  </context>
  <context>
    <name>pages.declaration_preview</name>
    <message>
      <source>Final (read-only)</source>
      <translation>Окончательный текст (только чтение)</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Проект</translation>
    </message>
    <message>
      <source>Status: {status}</source>
      <translation>Статус: {status}</translation>
    </message>
  </context>
  <context>
    <name>pages.declaration_versions</name>
    <message>
      <source>&amp;Add a text in</source>
      <translation>До&amp;бавить текст на</translation>
    </message>
    <message>
      <source>Another authentic text of the declaration, in this language</source>
      <translation>Ещё один аутентичный текст декларации, на этом языке</translation>
    </message>
    <message>
      <source>Remove this text</source>
      <translation>Удалить этот текст</translation>
    </message>
    <message>
      <source>The text the preview shows beside this one, clause by clause</source>
      <translation>Текст, который просмотр показывает рядом с этим, пункт за пунктом</translation>
    </message>
    <message>
      <source>Te&amp;xt:</source>
      <translation>Т&amp;екст:</translation>
    </message>
    <message>
      <source>Compare &amp;with:</source>
      <translation>Сравн&amp;ить с:</translation>
    </message>
    <message>
      <source>(nothing)</source>
      <translation>(ничего)</translation>
    </message>
  </context>
  <context>
    <name>pages.delegations</name>
    <message>
      <source>Add &amp;delegation…</source>
      <translation>Добавить &amp;делегацию…</translation>
    </message>
    <message>
      <source>&amp;Status…</source>
      <translation>Ста&amp;тус…</translation>
    </message>
    <message>
      <source>Remove delegation</source>
      <translation>Удалить делегацию</translation>
    </message>
    <message>
      <source>Delegations</source>
      <translation>Делегации</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Состав</translation>
    </message>
    <message>
      <source>&amp;Add person…</source>
      <translation>Добавить у&amp;частника…</translation>
    </message>
    <message>
      <source>Ed&amp;it…</source>
      <translation>&amp;Изменить…</translation>
    </message>
    <message>
      <source>Ma&amp;ke head</source>
      <translation>Назначить &amp;главой</translation>
    </message>
    <message>
      <source>&amp;Move to…</source>
      <translation>Перевести &amp;в…</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Удалить</translation>
    </message>
    <message>
      <source>Remove the delegation of {city_name}?</source>
      <translation>Удалить делегацию города {city_name}?</translation>
    </message>
    <message>
      <source>Removing the delegation of {city_name} also removes:</source>
      <translation>Вместе с делегацией города {city_name} удаляется:</translation>
    </message>
    <message>
      <source>

Edit ▸ Undo puts it all back.</source>
      <translation>

Правка ▸ Отменить вернёт всё обратно.</translation>
    </message>
    <message>
      <source>Remove the delegation of {city_name}</source>
      <translation>Удаление делегации города {city_name}</translation>
    </message>
    <message>
      <source>{name} was not made head</source>
      <translation>{name} не назначен(а) главой</translation>
    </message>
    <message>
      <source>The page now shows the current data: check it, then try again.</source>
      <translation>Теперь на странице актуальные данные: проверьте их и попробуйте ещё раз.</translation>
    </message>
    <message>
      <source>{name} cannot be made head</source>
      <translation>{name} нельзя назначить главой</translation>
    </message>
    <message>
      <source>Make {name} head of delegation</source>
      <translation>Назначение {name} главой делегации</translation>
    </message>
    <message>
      <source>Add the delegation of {city_name}</source>
      <translation>Добавление делегации города {city_name}</translation>
    </message>
    <message>
      <source>Set the status of {city_name} to {value}</source>
      <translation>Статус делегации {city_name}: {value}</translation>
    </message>
    <message>
      <source>Move {name}</source>
      <translation>Перевести: {name}</translation>
    </message>
    <message>
      <source>Members of the delegation of {city_name}</source>
      <translation>Состав делегации города {city_name}</translation>
    </message>
    <message numerus="yes">
      <source>its %n member(s)</source>
      <translation>
        <numerusform>её %n участник</numerusform>
        <numerusform>её %n участника</numerusform>
        <numerusform>её %n участников</numerusform>
      </translation>
    </message>
    <message>
      <source>the proxies given to it by {value} (they become invited)</source>
      <translation>доверенности, переданные ей делегациями {value} (они снова становятся приглашёнными)</translation>
    </message>
  </context>
  <context>
    <name>pages.meetings</name>
    <message>
      <source>Make current</source>
      <translation>Сделать текущим</translation>
    </message>
    <message>
      <source>Work on the selected meeting (or double-click it)</source>
      <translation>Работать с выбранным заседанием (или дважды щёлкните по нему)</translation>
    </message>
    <message>
      <source>&amp;New meeting…</source>
      <translation>&amp;Новое заседание…</translation>
    </message>
    <message>
      <source>Ed&amp;it…</source>
      <translation>&amp;Изменить…</translation>
    </message>
    <message>
      <source>Add {title}</source>
      <translation>Добавление: {title}</translation>
    </message>
    <message>
      <source>Edit {title}</source>
      <translation>Изменение: {title}</translation>
    </message>
  </context>
  <context>
    <name>pages.overview</name>
    <message numerus="yes">
      <source>What still needs doing, %n thing(s) (double-click or Enter to fix):</source>
      <translation>
        <numerusform>Что ещё нужно сделать: %n пункт (двойной щелчок или Enter — исправить):</numerusform>
        <numerusform>Что ещё нужно сделать: %n пункта (двойной щелчок или Enter — исправить):</numerusform>
        <numerusform>Что ещё нужно сделать: %n пунктов (двойной щелчок или Enter — исправить):</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing left to do: every check passes.</source>
      <translation>Делать больше нечего: все проверки пройдены.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>Delegations by status</source>
      <translation>Делегации по статусу</translation>
    </message>
    <message>
      <source>Persons by role</source>
      <translation>Участники по роли</translation>
    </message>
    <message>
      <source>Delegations:</source>
      <translation>Делегации:</translation>
    </message>
    <message>
      <source>Persons:</source>
      <translation>Участники:</translation>
    </message>
    <message>
      <source>What still needs doing</source>
      <translation>Что ещё нужно сделать</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>Подсчёт…</translation>
    </message>
  </context>
  <context>
    <name>pages.person_edits</name>
    <message>
      <source>Add {name}</source>
      <translation>Добавление: {name}</translation>
    </message>
    <message>
      <source>Edit {name}</source>
      <translation>Изменение: {name}</translation>
    </message>
    <message>
      <source>Remove {name}?</source>
      <translation>Удалить: {name}?</translation>
    </message>
    <message>
      <source>Removing {name} also removes:</source>
      <translation>Вместе с {name} удаляется:</translation>
    </message>
    <message>
      <source>

Edit ▸ Undo puts it all back.</source>
      <translation>

Правка ▸ Отменить вернёт всё обратно.</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation>Удаление: {name}</translation>
    </message>
  </context>
  <context>
    <name>pages.persons</name>
    <message>
      <source>City</source>
      <translation>Город</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>Фамилия</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <source>Name in any script, position or city</source>
      <translation>Имя в любой письменности, должность или город</translation>
    </message>
    <message>
      <source>F&amp;ind:</source>
      <translation>&amp;Найти:</translation>
    </message>
    <message>
      <source>Sor&amp;t by:</source>
      <translation>Сор&amp;тировка:</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Открыть…</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Удалить</translation>
    </message>
    <message>
      <source>Print &amp;badges…</source>
      <translation>Печать &amp;бейджей…</translation>
    </message>
    <message>
      <source>Reprint the badges of the selected persons</source>
      <translation>Перепечатать бейджи выбранных участников</translation>
    </message>
    <message>
      <source>Searching…</source>
      <translation>Поиск…</translation>
    </message>
    <message numerus="yes">
      <source>%n found</source>
      <translation>
        <numerusform>Найден %n</numerusform>
        <numerusform>Найдено %n</numerusform>
        <numerusform>Найдено %n</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>pages.seating</name>
    <message>
      <source>&amp;Layout:</source>
      <translation>С&amp;хема:</translation>
    </message>
    <message>
      <source>Hos&amp;t:</source>
      <translation>Принимающий &amp;город:</translation>
    </message>
    <message>
      <source>&amp;Protocol order</source>
      <translation>По прото&amp;колу</translation>
    </message>
    <message>
      <source>Forget the places swapped by hand: the protocol rule seats everyone</source>
      <translation>Забыть ручные перестановки: всех рассаживает протокольное правило</translation>
    </message>
    <message>
      <source>Drag a place onto another to swap them.</source>
      <translation>Перетащите место на другое, чтобы поменять их местами.</translation>
    </message>
    <message>
      <source>arranged by hand</source>
      <translation>расставлено вручную</translation>
    </message>
    <message>
      <source>protocol order</source>
      <translation>протокольный порядок</translation>
    </message>
    <message numerus="yes">
      <source>%n places, {how}</source>
      <translation>
        <numerusform>%n место, {how}</numerusform>
        <numerusform>%n места, {how}</numerusform>
        <numerusform>%n мест, {how}</numerusform>
      </translation>
    </message>
    <message>
      <source>Swap the places of {first} and {second}</source>
      <translation>Поменять местами {first} и {second}</translation>
    </message>
    <message>
      <source>Seat by the protocol order</source>
      <translation>Рассадить в протокольном порядке</translation>
    </message>
    <message>
      <source>Seating</source>
      <translation>Рассадка</translation>
    </message>
    <message>
      <source>The places could not be changed.</source>
      <translation>Не удалось изменить места.</translation>
    </message>
    <message>
      <source>The places swapped by hand gave way to the new rule.</source>
      <translation>Ручные перестановки уступили место новому правилу.</translation>
    </message>
    <message>
      <source>Change the seating rule</source>
      <translation>Изменить правило рассадки</translation>
    </message>
    <message>
      <source>+{count} behind</source>
      <translation>+{count} сзади</translation>
    </message>
    <message>
      <source>Place {number}: {city}</source>
      <translation>Место {number}: {city}</translation>
    </message>
  </context>
  <context>
    <name>pages.signatories</name>
    <message>
      <source>The declaration is final: only the statuses can change.</source>
      <translation>Текст декларации окончательный: менять можно только статусы.</translation>
    </message>
    <message>
      <source>Signing &amp;order:</source>
      <translation>По&amp;рядок подписания:</translation>
    </message>
    <message>
      <source>Order of signing</source>
      <translation>Порядок подписания</translation>
    </message>
    <message>
      <source>Who signs: tick the delegations that sign; click a name to pick another</source>
      <translation>Кто подписывает: отметьте подписывающие делегации; щёлкните по имени, чтобы выбрать другого</translation>
    </message>
    <message>
      <source>{title}: this meeting has no declaration yet (start it on the Declaration page).</source>
      <translation>{title}: у этого заседания пока нет декларации (начните её на странице «Декларация»).</translation>
    </message>
    <message>
      <source>Move {city_name} to place {position}</source>
      <translation>{city_name} — на место {position}</translation>
    </message>
    <message>
      <source>Signing order: {label}</source>
      <translation>Порядок подписания: {label}</translation>
    </message>
    <message>
      <source>Status of {city_name}: {label}</source>
      <translation>Статус {city_name}: {label}</translation>
    </message>
    <message>
      <source>Full powers and ad referendum of {city_name}</source>
      <translation>Полномочия и ad referendum: {city_name}</translation>
    </message>
    <message>
      <source>The signatories were not changed</source>
      <translation>Подписанты не изменены</translation>
    </message>
    <message>
      <source>{city} signs</source>
      <translation>{city} подписывает</translation>
    </message>
    <message>
      <source>{city} does not sign</source>
      <translation>{city} не подписывает</translation>
    </message>
    <message>
      <source>Signs for {value}: {label}</source>
      <translation>Подписывает за {value}: {label}</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>&amp;Выше</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>&amp;Ниже</translation>
    </message>
    <message>
      <source>Sign earlier (Alt+Up); the order becomes set by hand</source>
      <translation>Подписывает раньше (Alt+Вверх); порядок становится ручным</translation>
    </message>
    <message>
      <source>Sign later (Alt+Down); the order becomes set by hand</source>
      <translation>Подписывает позже (Alt+Вниз); порядок становится ручным</translation>
    </message>
    <message>
      <source>&amp;Status of the selected signatory:</source>
      <translation>Ст&amp;атус выбранного подписанта:</translation>
    </message>
    <message>
      <source>&amp;Full powers received</source>
      <translation>Полно&amp;мочия получены</translation>
    </message>
    <message>
      <source>The full powers or the credentials letter has arrived</source>
      <translation>Полномочия или верительная грамота получены</translation>
    </message>
    <message>
      <source>Signs ad &amp;referendum</source>
      <translation>Подп&amp;ись ad referendum</translation>
    </message>
    <message>
      <source>The signature is subject to confirmation by the city</source>
      <translation>Подпись требует подтверждения городом</translation>
    </message>
  </context>
  <context>
    <name>pages.who_signs</name>
    <message>
      <source>Delegation signs</source>
      <translation>Делегация подписывает</translation>
    </message>
    <message>
      <source>Signs for it</source>
      <translation>Подписывает</translation>
    </message>
    <message>
      <source>Delegation status</source>
      <translation>Статус делегации</translation>
    </message>
    <message>
      <source>{head_name} (head)</source>
      <translation>{head_name} (глава)</translation>
    </message>
    <message>
      <source>(no head: pick)</source>
      <translation>(нет главы: выберите)</translation>
    </message>
    <message>
      <source>Click to pick who signs for this delegation</source>
      <translation>Щёлкните, чтобы выбрать, кто подписывает за эту делегацию</translation>
    </message>
  </context>
  <context>
    <name>print_menu</name>
    <message>
      <source>Save {document}</source>
      <translation>Сохранить: {document}</translation>
    </message>
    <message>
      <source>{format} files (*.{extension})</source>
      <translation>Файлы {format} (*.{extension})</translation>
    </message>
    <message>
      <source>Printing: {document}</source>
      <translation>Печать: {document}</translation>
    </message>
  </context>
  <context>
    <name>print_preview</name>
    <message>
      <source>{title} - preview</source>
      <translation>{title} — предварительный просмотр</translation>
    </message>
    <message>
      <source>&amp;Print...</source>
      <translation>&amp;Печать...</translation>
    </message>
    <message>
      <source>&amp;Save as PDF...</source>
      <translation>&amp;Сохранить как PDF...</translation>
    </message>
    <message>
      <source>Save as .&amp;docx...</source>
      <translation>Сохранить как .&amp;docx...</translation>
    </message>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n страница</numerusform>
        <numerusform>%n страницы</numerusform>
        <numerusform>%n страниц</numerusform>
      </translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Сохранить как PDF</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Save as .docx</source>
      <translation>Сохранить как .docx</translation>
    </message>
    <message>
      <source>Word files (*.docx)</source>
      <translation>Файлы Word (*.docx)</translation>
    </message>
    <message>
      <source>Could not save {target}.</source>
      <translation>Не удалось сохранить {target}.</translation>
    </message>
    <message>
      <source>{pages}: sent to {printer}</source>
      <translation>{pages}: отправлено на {printer}</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Печать</translation>
    </message>
    <message>
      <source>The document was not printed.</source>
      <translation>Документ не напечатан.</translation>
    </message>
    <message>
      <source>The printer could not be started.</source>
      <translation>Не удалось запустить печать.</translation>
    </message>
    <message>
      <source>Printing: {document}</source>
      <translation>Печать: {document}</translation>
    </message>
    <message>
      <source>This document cannot be printed.</source>
      <translation>Этот документ нельзя напечатать.</translation>
    </message>
    <message>
      <source>Some texts do not fit their place at full size:</source>
      <translation>Некоторые тексты не помещаются на своё место в полном размере:</translation>
    </message>
  </context>
  <context>
    <name>progress</name>
    <message>
      <source>Drawing the pages</source>
      <translation>Построение страниц</translation>
    </message>
    <message>
      <source>Gathering the records</source>
      <translation>Сбор данных</translation>
    </message>
    <message>
      <source>Writing the file</source>
      <translation>Запись файла</translation>
    </message>
    <message>
      <source>Reading the file</source>
      <translation>Чтение файла</translation>
    </message>
    <message>
      <source>Building the list</source>
      <translation>Составление списка</translation>
    </message>
    <message>
      <source>Exporting the agenda</source>
      <translation>Экспорт программы</translation>
    </message>
    <message>
      <source>Exporting the meeting file</source>
      <translation>Экспорт файла заседания</translation>
    </message>
    <message>
      <source>Exporting the declaration</source>
      <translation>Экспорт декларации</translation>
    </message>
    <message>
      <source>Importing the meeting</source>
      <translation>Импорт заседания</translation>
    </message>
    <message>
      <source>Checking the rows</source>
      <translation>Проверка строк</translation>
    </message>
    <message>
      <source>Writing the persons</source>
      <translation>Запись участников</translation>
    </message>
    <message>
      <source>Copying the pages</source>
      <translation>Копирование страниц</translation>
    </message>
    <message>
      <source>Checking the copy</source>
      <translation>Проверка копии</translation>
    </message>
    <message>
      <source>Checking the backup</source>
      <translation>Проверка резервной копии</translation>
    </message>
    <message>
      <source>Migrating the backup</source>
      <translation>Обновление резервной копии</translation>
    </message>
    <message>
      <source>Replacing the database</source>
      <translation>Замена базы данных</translation>
    </message>
    <message>
      <source>Checking the records have not changed</source>
      <translation>Проверка, что записи не изменились</translation>
    </message>
    <message>
      <source>Putting back what it changed</source>
      <translation>Возврат изменённых данных</translation>
    </message>
    <message>
      <source>Removing what the import added</source>
      <translation>Удаление данных, добавленных импортом</translation>
    </message>
    <message>
      <source>Putting back what it removed</source>
      <translation>Возврат удалённых данных</translation>
    </message>
  </context>
  <context>
    <name>saved_files</name>
    <message>
      <source>delegation list</source>
      <translation>список делегаций</translation>
    </message>
    <message>
      <source>agenda</source>
      <translation>программа</translation>
    </message>
    <message>
      <source>meeting file</source>
      <translation>файл заседания</translation>
    </message>
    <message>
      <source>declaration</source>
      <translation>декларация</translation>
    </message>
    <message>
      <source>{document} - draft</source>
      <translation>{document} - проект</translation>
    </message>
    <message>
      <source>Replace the file?</source>
      <translation>Заменить файл?</translation>
    </message>
    <message>
      <source>{name} already exists in {folder}. Replace it?</source>
      <translation>{name} уже есть в папке {folder}. Заменить его?</translation>
    </message>
    <message>
      <source>Saved {name} in {folder}</source>
      <translation>Сохранено: {name} в {folder}</translation>
    </message>
    <message>
      <source>Saved file</source>
      <translation>Сохранённый файл</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <source>Open {name}</source>
      <translation>Открыть {name}</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>Показать в папке</translation>
    </message>
    <message>
      <source>Show the folder of {name}</source>
      <translation>Показать папку файла {name}</translation>
    </message>
  </context>
  <context>
    <name>standard_actions</name>
    <message>
      <source>&amp;New</source>
      <translation>&amp;Создать</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>О&amp;ткрыть…</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>Со&amp;хранить</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Удалить</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>&amp;Найти</translation>
    </message>
  </context>
  <context>
    <name>startup</name>
    <message>
      <source>ANMC Desktop databases (*.db *.sqlite);;All files (*)</source>
      <translation>Базы данных ANMC Desktop (*.db *.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
      <source>The database cannot be opened</source>
      <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
      <source>Open a database</source>
      <translation>Открыть базу данных</translation>
    </message>
    <message>
      <source>The database cannot be changed here</source>
      <translation>Здесь нельзя изменить базу данных</translation>
    </message>
    <message>
      <source>{database} is on a read-only disk, or you may not write the file or its folder, so nothing can be saved in it.

Open it read-only? You can look, search, print and export, but not change anything. To change it, copy it to a folder you can write to.</source>
      <translation>{database} находится на диске только для чтения, или у вас нет права записи в файл или его папку, поэтому ничего сохранить нельзя.

Открыть её только для чтения? Можно просматривать, искать, печатать и экспортировать, но ничего не менять. Чтобы вносить изменения, скопируйте её в папку, доступную для записи.</translation>
    </message>
    <message>
      <source>The database could not be recovered</source>
      <translation>Не удалось восстановить базу данных</translation>
    </message>
  </context>
  <context>
    <name>system_printing</name>
    <message>
      <source>The printing system did not take the document: {error}</source>
      <translation>Система печати не приняла документ: {error}</translation>
    </message>
    <message>
      <source>{printer} did not take the document: {said}</source>
      <translation>{printer} не принял документ: {said}</translation>
    </message>
  </context>
  <context>
    <name>to_do</name>
    <message>
      <source>No declaration yet</source>
      <translation>Декларация ещё не создана</translation>
    </message>
    <message>
      <source>The declaration is still a draft</source>
      <translation>Декларация ещё в статусе проекта</translation>
    </message>
    <message>
      <source>{city}: not confirmed</source>
      <translation>{city}: участие не подтверждено</translation>
    </message>
    <message>
      <source>{city}: no head of delegation</source>
      <translation>{city}: нет главы делегации</translation>
    </message>
    <message>
      <source>{city}: head of delegation not named yet</source>
      <translation>{city}: глава делегации ещё не назван</translation>
    </message>
    <message>
      <source>{city}: {name} has no arrival</source>
      <translation>{city}: {name} — не указано прибытие</translation>
    </message>
    <message>
      <source>{city}: {name} has no departure</source>
      <translation>{city}: {name} — не указан отъезд</translation>
    </message>
    <message>
      <source>{city}: {name} has no arrival or departure</source>
      <translation>{city}: {name} — не указаны прибытие и отъезд</translation>
    </message>
    <message>
      <source>{city}: {name}: no installed font prints the name</source>
      <translation>{city}: {name}: ни один установленный шрифт не печатает имя латиницей</translation>
    </message>
    <message>
      <source>{city}: {name}: no installed font prints the native name</source>
      <translation>{city}: {name}: ни один установленный шрифт не печатает имя на родном языке</translation>
    </message>
    <message>
      <source>{city}: {name}: no installed font prints the name and native name</source>
      <translation>{city}: {name}: ни один установленный шрифт не печатает имя латиницей и на родном языке</translation>
    </message>
    <message>
      <source>{city}: signatory {name} not confirmed</source>
      <translation>{city}: подписант {name} не подтверждён</translation>
    </message>
    <message>
      <source>{city}: full powers of {name} not received</source>
      <translation>{city}: полномочия подписанта {name} не получены</translation>
    </message>
    <message>
      <source>{item} ({when}): no room</source>
      <translation>{item} ({when}): не указан зал</translation>
    </message>
    <message>
      <source>{item} ({when}): no speaker</source>
      <translation>{item} ({when}): не назначен докладчик</translation>
    </message>
    <message>
      <source>{item} ({when}): {clash}</source>
      <translation>{item} ({when}): {clash}</translation>
    </message>
    <message>
      <source>unnamed person</source>
      <translation>участник без имени</translation>
    </message>
    <message>
      <source>{room} is also booked for "{other}" ({when}).</source>
      <translation>Зал «{room}» в это же время занят: «{other}» ({when}).</translation>
    </message>
    <message>
      <source>{name} is also on "{other}" ({when}).</source>
      <translation>{name} в это же время участвует в «{other}» ({when}).</translation>
    </message>
  </context>
  <context>
    <name>undo</name>
    <message>
      <source>Undo the import</source>
      <translation>Отмена импорта</translation>
    </message>
    <message>
      <source>Redo the import</source>
      <translation>Повтор импорта</translation>
    </message>
    <message>
      <source>Cannot redo “{edit}”</source>
      <translation>Не удаётся повторить «{edit}»</translation>
    </message>
    <message>
      <source>Cannot undo “{edit}”</source>
      <translation>Не удаётся отменить «{edit}»</translation>
    </message>
  </context>
</TS>
