<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
  <context>
    <name>AgendaKind</name>
    <message>
      <source>Plenary session</source>
      <translation>全体会議</translation>
    </message>
    <message>
      <source>Panel discussion</source>
      <translation>パネルディスカッション</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>プレゼンテーション</translation>
    </message>
    <message>
      <source>Exhibition</source>
      <translation>展示会</translation>
    </message>
    <message>
      <source>Performance</source>
      <translation>公演</translation>
    </message>
    <message>
      <source>Ceremony</source>
      <translation>式典</translation>
    </message>
    <message>
      <source>Reception</source>
      <translation>レセプション</translation>
    </message>
    <message>
      <source>Excursion</source>
      <translation>視察</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>その他</translation>
    </message>
  </context>
  <context>
    <name>CityStatus</name>
    <message>
      <source>Member</source>
      <translation>加盟都市</translation>
    </message>
    <message>
      <source>Observer</source>
      <translation>オブザーバー</translation>
    </message>
    <message>
      <source>Former</source>
      <translation>旧加盟都市</translation>
    </message>
  </context>
  <context>
    <name>DeclarationStatus</name>
    <message>
      <source>Draft</source>
      <translation>草案</translation>
    </message>
    <message>
      <source>Final</source>
      <translation>確定</translation>
    </message>
  </context>
  <context>
    <name>DelegationStatus</name>
    <message>
      <source>Invited</source>
      <translation>招待済み</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>確認済み</translation>
    </message>
    <message>
      <source>Attending</source>
      <translation>出席</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>欠席</translation>
    </message>
    <message>
      <source>Proxy given</source>
      <translation>委任済み</translation>
    </message>
  </context>
  <context>
    <name>DocumentKind</name>
    <message>
      <source>Declaration with signing pages</source>
      <translation>署名ページ付き宣言</translation>
    </message>
    <message>
      <source>Signatory sheet</source>
      <translation>署名者一覧表</translation>
    </message>
    <message>
      <source>List of delegations</source>
      <translation>代表団名簿</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>プログラム</translation>
    </message>
    <message>
      <source>Badges</source>
      <translation>名札</translation>
    </message>
    <message>
      <source>Place cards</source>
      <translation>席札</translation>
    </message>
    <message>
      <source>Invitation letters</source>
      <translation>招待状</translation>
    </message>
    <message>
      <source>Visa support letters</source>
      <translation>査証申請用書簡</translation>
    </message>
    <message>
      <source>Arrivals and departures</source>
      <translation>到着・出発一覧</translation>
    </message>
    <message>
      <source>Rooming list</source>
      <translation>宿泊者名簿</translation>
    </message>
    <message>
      <source>Dietary and access needs</source>
      <translation>食事・移動上の配慮</translation>
    </message>
    <message>
      <source>Transport list</source>
      <translation>送迎一覧</translation>
    </message>
    <message>
      <source>Seating plan</source>
      <translation>座席表</translation>
    </message>
    <message>
      <source>Meeting report</source>
      <translation>会議報告書</translation>
    </message>
  </context>
  <context>
    <name>Field</name>
    <message>
      <source>City</source>
      <translation>都市</translation>
    </message>
    <message>
      <source>City (local name)</source>
      <translation>都市（現地名）</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>氏名</translation>
    </message>
    <message>
      <source>Given name</source>
      <translation>名</translation>
    </message>
    <message>
      <source>Patronymic</source>
      <translation>ミドルネーム・父称</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>姓</translation>
    </message>
    <message>
      <source>Family name first</source>
      <translation>姓を先に表記</translation>
    </message>
    <message>
      <source>Name in native script</source>
      <translation>現地文字での氏名</translation>
    </message>
    <message>
      <source>Honorific</source>
      <translation>敬称</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>役職</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>役割</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>メール</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <source>Arrival</source>
      <translation>到着</translation>
    </message>
    <message>
      <source>Departure</source>
      <translation>出発</translation>
    </message>
    <message>
      <source>Dietary needs</source>
      <translation>食事の配慮</translation>
    </message>
    <message>
      <source>Access needs</source>
      <translation>バリアフリーの配慮</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>備考</translation>
    </message>
    <message>
      <source>(do not import)</source>
      <translation>（取り込まない）</translation>
    </message>
  </context>
  <context>
    <name>HostPlace</name>
    <message>
      <source>Host at the head (chairs)</source>
      <translation>開催都市を上座に(議長)</translation>
    </message>
    <message>
      <source>Host after the visiting cities</source>
      <translation>開催都市を来訪都市の後に</translation>
    </message>
    <message>
      <source>Host among the others alphabetically</source>
      <translation>開催都市も他都市とアルファベット順</translation>
    </message>
  </context>
  <context>
    <name>ParagraphSection</name>
    <message>
      <source>Preamble</source>
      <translation>前文</translation>
    </message>
    <message>
      <source>Clause</source>
      <translation>本文条項</translation>
    </message>
  </context>
  <context>
    <name>PersonRole</name>
    <message>
      <source>Head of delegation</source>
      <translation>団長</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>団員</translation>
    </message>
    <message>
      <source>Adviser</source>
      <translation>顧問</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>通訳</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>随行職員</translation>
    </message>
    <message>
      <source>Press</source>
      <translation>報道</translation>
    </message>
  </context>
  <context>
    <name>RowStatus</name>
    <message>
      <source>New</source>
      <translation>新規</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>更新</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>変更なし</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>エラー</translation>
    </message>
  </context>
  <context>
    <name>SeatingLayout</name>
    <message>
      <source>Round table</source>
      <translation>円卓</translation>
    </message>
    <message>
      <source>U-shape</source>
      <translation>コの字型</translation>
    </message>
    <message>
      <source>Theatre rows</source>
      <translation>シアター形式</translation>
    </message>
    <message>
      <source>Head table and rows</source>
      <translation>ひな壇と客席</translation>
    </message>
  </context>
  <context>
    <name>SignatoryStatus</name>
    <message>
      <source>Planned</source>
      <translation>予定</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>確認済み</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>署名済み</translation>
    </message>
    <message>
      <source>Signed ad referendum</source>
      <translation>アド・レフェレンダム署名</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>欠席</translation>
    </message>
  </context>
  <context>
    <name>SigningOrderRule</name>
    <message>
      <source>Visiting cities alphabetically, host last</source>
      <translation>来訪都市をアルファベット順、開催都市を最後</translation>
    </message>
    <message>
      <source>Host first, then visiting cities alphabetically</source>
      <translation>開催都市を最初、続いて来訪都市をアルファベット順</translation>
    </message>
    <message>
      <source>Set by hand</source>
      <translation>手動で設定</translation>
    </message>
  </context>
  <context>
    <name>background</name>
    <message>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <source>{step}: {done} of {total}</source>
      <translation>{step}: {total} 件中 {done} 件</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>キャンセル中…</translation>
    </message>
  </context>
  <context>
    <name>backup_actions</name>
    <message>
      <source>Stopping the automatic backup</source>
      <translation>自動バックアップを停止しています</translation>
    </message>
    <message>
      <source>Waiting for the automatic backup</source>
      <translation>自動バックアップの完了を待っています</translation>
    </message>
    <message>
      <source>Back up the database</source>
      <translation>データベースのバックアップ</translation>
    </message>
    <message>
      <source>Databases (*.db)</source>
      <translation>データベース (*.db)</translation>
    </message>
    <message>
      <source>The backup failed</source>
      <translation>バックアップに失敗しました</translation>
    </message>
    <message>
      <source>The backup could not be restored</source>
      <translation>バックアップを復元できませんでした</translation>
    </message>
    <message>
      <source>Backed up at {time}</source>
      <translation>{time} にバックアップしました</translation>
    </message>
    <message>
      <source>Automatic backup failed: {error}</source>
      <translation>自動バックアップに失敗しました: {error}</translation>
    </message>
  </context>
  <context>
    <name>check</name>
    <message>
      <source>The declaration has no title.</source>
      <translation>宣言に表題がありません。</translation>
    </message>
    <message>
      <source>The declaration has no clauses.</source>
      <translation>宣言に条項がありません。</translation>
    </message>
    <message>
      <source>Clause {clause} is empty.</source>
      <translation>第{clause}項が空です。</translation>
    </message>
    <message>
      <source>The declaration has no testimonium: type it (no formula is known here).</source>
      <translation>宣言に末文がありません。入力してください（この場合の定型文はありません）。</translation>
    </message>
    <message>
      <source>The text in {language} has no title.</source>
      <translation>{language}のテキストに表題がありません。</translation>
    </message>
    <message>
      <source>The text in {language} has no clauses.</source>
      <translation>{language}のテキストに条項がありません。</translation>
    </message>
    <message>
      <source>Clause {clause} of the text in {language} is empty.</source>
      <translation>{language}のテキストの第{clause}項が空です。</translation>
    </message>
    <message>
      <source>The text in {language} has no testimonium: type it (no formula is known here).</source>
      <translation>{language}のテキストに末文がありません。入力してください（この場合の定型文はありません）。</translation>
    </message>
    <message>
      <source>The texts differ in their number of clauses: {counts}.</source>
      <translation>テキストによって条項の数が異なります：{counts}。</translation>
    </message>
    <message>
      <source>Nobody signs the declaration yet.</source>
      <translation>宣言の署名者がまだ決まっていません。</translation>
    </message>
    <message>
      <source>The signatory for {city} is a placeholder (to be confirmed).</source>
      <translation>{city} の署名者は仮登録のままです（未定）。</translation>
    </message>
    <message>
      <source>No full powers or credentials letter from {city} ({name}) yet.</source>
      <translation>{city}（{name}）の全権委任状または信任状がまだ届いていません。</translation>
    </message>
    <message>
      <source>{city} ({name}) signs ad referendum.</source>
      <translation>{city}（{name}）はアド・レフェレンダムで署名します。</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>{language}: {count}</source>
      <translation>{language}：{count}</translation>
    </message>
    <message>
      <source>The declaration is not ready:
{reasons}</source>
      <translation>宣言の準備がまだ整っていません：
{reasons}</translation>
    </message>
  </context>
  <context>
    <name>columns</name>
    <message>
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状態</translation>
    </message>
    <message>
      <source>City</source>
      <translation>都市</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>氏名</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>詳細</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>種類</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>会場</translation>
    </message>
    <message>
      <source>Moderator and speakers</source>
      <translation>司会・登壇者</translation>
    </message>
    <message>
      <source>Clashes</source>
      <translation>重複</translation>
    </message>
    <message>
      <source>Local name</source>
      <translation>現地名</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>国</translation>
    </message>
    <message>
      <source>Member since</source>
      <translation>加盟年</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>タイムゾーン</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>団員</translation>
    </message>
    <message>
      <source>Head</source>
      <translation>団長</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>回</translation>
    </message>
    <message>
      <source>Host city</source>
      <translation>開催都市</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>会場</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>初日</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>最終日</translation>
    </message>
    <message>
      <source>Honorific</source>
      <translation>敬称</translation>
    </message>
    <message>
      <source>Latin name</source>
      <translation>ローマ字氏名</translation>
    </message>
    <message>
      <source>Native name</source>
      <translation>現地文字の氏名</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>役職</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>役割</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>順番</translation>
    </message>
    <message>
      <source>Official title</source>
      <translation>肩書</translation>
    </message>
    <message>
      <source>Full powers</source>
      <translation>全権委任状</translation>
    </message>
    <message>
      <source>Ad referendum</source>
      <translation>アド・レフェレンダム</translation>
    </message>
  </context>
  <context>
    <name>dialogs.change_log</name>
    <message>
      <source>When</source>
      <translation>日時</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>担当者</translation>
    </message>
    <message>
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>項目</translation>
    </message>
    <message>
      <source>Was</source>
      <translation>変更前</translation>
    </message>
    <message>
      <source>Became</source>
      <translation>変更後</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>作成</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>変更</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>削除</translation>
    </message>
    <message>
      <source>Change log of {title}</source>
      <translation>変更履歴: {title}</translation>
    </message>
    <message>
      <source>No change of this record is recorded.</source>
      <translation>この記録の変更履歴はありません。</translation>
    </message>
  </context>
  <context>
    <name>dialogs.database_conflict</name>
    <message>
      <source>Field</source>
      <translation>項目</translation>
    </message>
    <message>
      <source>Was</source>
      <translation>変更前</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>現在</translation>
    </message>
    <message>
      <source>Changed by</source>
      <translation>変更者</translation>
    </message>
    <message>
      <source>At</source>
      <translation>日時</translation>
    </message>
    <message>
      <source>Someone else changed this record</source>
      <translation>他の担当者がこの記録を変更しました</translation>
    </message>
    <message>
      <source>Another organizer</source>
      <translation>別の担当者</translation>
    </message>
    <message>
      <source>{who} saved {subject} after you opened it. Your changes are not saved yet.</source>
      <translation>{who} が、あなたが開いた後に {subject} を保存しました。あなたの変更はまだ保存されていません。</translation>
    </message>
    <message>
      <source>What was changed is not recorded; reload to see it.</source>
      <translation>変更内容は記録されていません。再読み込みして確認してください。</translation>
    </message>
    <message>
      <source>Reload their version</source>
      <translation>相手の版を読み込む</translation>
    </message>
    <message>
      <source>Overwrite with mine</source>
      <translation>自分の版で上書き</translation>
    </message>
    <message>
      <source>Keep editing</source>
      <translation>編集を続ける</translation>
    </message>
  </context>
  <context>
    <name>dialogs.database_problem</name>
    <message>
      <source>The database cannot be opened</source>
      <translation>データベースを開けません</translation>
    </message>
    <message>
      <source>If you moved the file, open it where it is now. Restoring a backup or starting an empty database creates a new file at this place; the backups are kept.</source>
      <translation>ファイルを移動した場合は、移動先で開いてください。バックアップの復元または空のデータベースの作成を行うと、この場所に新しいファイルが作られます。バックアップは保持されます。</translation>
    </message>
    <message>
      <source>Nothing will be deleted: if you go on, the file is kept beside the database under a new name (…set-aside-DATE) and can be sent for repair.</source>
      <translation>何も削除されません。続行すると、ファイルは新しい名前（…set-aside-日付）でデータベースの隣に保管され、修復に送ることができます。</translation>
    </message>
    <message>
      <source>The newest good backup is the backup of {value}.</source>
      <translation>最新の正常なバックアップ: {value}。</translation>
    </message>
    <message>
      <source>There is no backup of this database to restore.</source>
      <translation>このデータベースには復元できるバックアップがありません。</translation>
    </message>
    <message>
      <source>Restore this backup</source>
      <translation>このバックアップを復元</translation>
    </message>
    <message>
      <source>Start an empty database</source>
      <translation>空のデータベースで始める</translation>
    </message>
    <message>
      <source>Open another file…</source>
      <translation>別のファイルを開く…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>終了</translation>
    </message>
    <message>
      <source>The database is open elsewhere</source>
      <translation>データベースは他の場所で開かれています</translation>
    </message>
    <message>
      <source>Read-only, you can look and print, but not change anything.</source>
      <translation>読み取り専用では、閲覧と印刷はできますが、変更はできません。</translation>
    </message>
    <message>
      <source>Open read-only</source>
      <translation>読み取り専用で開く</translation>
    </message>
  </context>
  <context>
    <name>dialogs.export_delegations</name>
    <message>
      <source>CSV (Excel, UTF-8)</source>
      <translation>CSV（Excel、UTF-8）</translation>
    </message>
    <message>
      <source>Excel workbook (.xlsx)</source>
      <translation>Excel ブック（.xlsx）</translation>
    </message>
    <message>
      <source>PDF (printed delegation list)</source>
      <translation>PDF（印刷用の代表団名簿）</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
      <source>By city, head first</source>
      <translation>都市順、団長を先頭に</translation>
    </message>
    <message>
      <source>By family name</source>
      <translation>姓の順</translation>
    </message>
    <message>
      <source>By role, then city</source>
      <translation>役割順、次に都市順</translation>
    </message>
    <message>
      <source>City</source>
      <translation>都市</translation>
    </message>
    <message>
      <source>City (local name)</source>
      <translation>都市（現地名）</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>国</translation>
    </message>
    <message>
      <source>Delegation status</source>
      <translation>代表団の状態</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>役割</translation>
    </message>
    <message>
      <source>Honorific</source>
      <translation>敬称</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>氏名</translation>
    </message>
    <message>
      <source>Given name</source>
      <translation>名</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>姓</translation>
    </message>
    <message>
      <source>Family name first</source>
      <translation>姓を先に表記</translation>
    </message>
    <message>
      <source>Name in native script</source>
      <translation>現地文字での氏名</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>役職</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>メール</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <source>Arrival</source>
      <translation>到着</translation>
    </message>
    <message>
      <source>Departure</source>
      <translation>出発</translation>
    </message>
    <message>
      <source>Dietary needs</source>
      <translation>食事の配慮</translation>
    </message>
    <message>
      <source>Access needs</source>
      <translation>バリアフリーの配慮</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>備考</translation>
    </message>
    <message>
      <source>Export delegations: {title}</source>
      <translation>代表団の書き出し: {title}</translation>
    </message>
    <message>
      <source>One sheet per city</source>
      <translation>都市ごとに別シート</translation>
    </message>
    <message>
      <source>Include unnamed (placeholder) heads</source>
      <translation>未定の団長（仮登録）を含める</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>上へ</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>下へ</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>書き出す…</translation>
    </message>
    <message>
      <source>Format:</source>
      <translation>形式:</translation>
    </message>
    <message>
      <source>Order:</source>
      <translation>並び順:</translation>
    </message>
    <message>
      <source>Columns (tick, drag or move to order)</source>
      <translation>列（チェックで選択、ドラッグまたは移動で並べ替え）</translation>
    </message>
    <message>
      <source>Delegations</source>
      <translation>代表団</translation>
    </message>
    <message>
      <source>Statuses</source>
      <translation>状態</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>役割</translation>
    </message>
    <message numerus="yes">
      <source>in %n delegation(s)</source>
      <translation>
        <numerusform>%n 代表団</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n person(s) will be listed</source>
      <translation>
        <numerusform>%n 名を掲載します</numerusform>
      </translation>
    </message>
    <message>
      <source>Nobody matches these choices.</source>
      <translation>この条件に該当する人はいません。</translation>
    </message>
    <message>
      <source>Export delegations</source>
      <translation>代表団の書き出し</translation>
    </message>
    <message>
      <source>Not exported: {error}</source>
      <translation>書き出せませんでした: {error}</translation>
    </message>
    <message>
      <source>Could not write {path}.</source>
      <translation>{path} に書き込めませんでした。</translation>
    </message>
  </context>
  <context>
    <name>dialogs.import_declaration</name>
    <message>
      <source>Drafts (*.docx *.txt);;All files (*)</source>
      <translation>草案 (*.docx *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
      <source>A new declaration (with its signature blocks)</source>
      <translation>新しい宣言(署名欄付き)</translation>
    </message>
    <message>
      <source>Import {name}</source>
      <translation>{name} の取り込み</translation>
    </message>
    <message>
      <source>The {language} text of the meeting's declaration</source>
      <translation>会議の宣言の{language}テキスト</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
      <source>Import as</source>
      <translation>取り込み先</translation>
    </message>
    <message>
      <source>The draft was not imported</source>
      <translation>草案は取り込まれませんでした</translation>
    </message>
  </context>
  <context>
    <name>dialogs.import_persons</name>
    <message>
      <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
      <translation>表計算ファイル (*.csv *.xlsx *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
      <source>(choose…)</source>
      <translation>（選択…）</translation>
    </message>
    <message>
      <source>Import persons</source>
      <translation>参加者の取り込み</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>ファイルを選択…</translation>
    </message>
    <message>
      <source>No file chosen.</source>
      <translation>ファイルが選択されていません。</translation>
    </message>
    <message>
      <source>Header in row </source>
      <translation>見出し行 </translation>
    </message>
    <message>
      <source>Dates like 03/04/2014: not said</source>
      <translation>03/04/2014 形式の日付: 指定なし</translation>
    </message>
    <message>
      <source>Dates like 03/04/2014: day first (3 April)</source>
      <translation>03/04/2014 形式の日付: 日が先 (4月3日)</translation>
    </message>
    <message>
      <source>Dates like 03/04/2014: month first (March 4)</source>
      <translation>03/04/2014 形式の日付: 月が先 (3月4日)</translation>
    </message>
    <message>
      <source>Date order of the file</source>
      <translation>ファイルの日付の順序</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>ファイルの列</translation>
    </message>
    <message>
      <source>Holds</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Import the rows without errors; list the others in a report next to the file</source>
      <translation>エラーのない行を取り込み、残りの行はファイルの隣のレポートに一覧する</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>取り込む</translation>
    </message>
    <message>
      <source>Undo import</source>
      <translation>取り込みを取り消す</translation>
    </message>
    <message>
      <source>Columns:</source>
      <translation>列:</translation>
    </message>
    <message>
      <source>What the import will do, row by row:</source>
      <translation>取り込みの内容（行ごと）:</translation>
    </message>
    <message>
      <source>(column {value})</source>
      <translation>（{value} 列目）</translation>
    </message>
    <message>
      <source>{choose} (looks like: {field})</source>
      <translation>{choose}(候補: {field})</translation>
    </message>
    <message>
      <source>The rows were not checked: cancelled.</source>
      <translation>行は確認されませんでした: キャンセルしました。</translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) have errors; they will be left out and listed in a report next to the file.</source>
      <translation>
        <numerusform>%n 行にエラーがあります。これらの行は取り込まれず、ファイルの隣のレポートに一覧されます。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) have errors: correct the file (or the columns) first; nothing is imported while any row has an error.</source>
      <translation>
        <numerusform>%n 行にエラーがあります。先にファイル（または列の指定）を直してください。エラーのある行が残っている間は何も取り込まれません。</numerusform>
      </translation>
    </message>
    <message>
      <source>Every row is already in the meeting; there is nothing to import.</source>
      <translation>すべての行はすでに会議に登録されています。取り込むものはありません。</translation>
    </message>
    <message>
      <source>Nothing was imported: {error}</source>
      <translation>何も取り込まれませんでした: {error}</translation>
    </message>
    <message>
      <source>Nothing was imported: cancelled.</source>
      <translation>何も取り込まれませんでした: キャンセルしました。</translation>
    </message>
    <message>
      <source>Imported: {value} added, {value2} updated.</source>
      <translation>取り込み完了: 追加 {value} 件、更新 {value2} 件。</translation>
    </message>
    <message>
      <source>The import was not undone: cancelled.</source>
      <translation>インポートは取り消されませんでした：キャンセルされました。</translation>
    </message>
    <message>
      <source>The import was undone. </source>
      <translation>取り込みを取り消しました。</translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) were left out, but their report could not be written to {report}: {error}</source>
      <translation>
        <numerusform>%n 行を取り込みませんでしたが、そのレポートを {report} に書き込めませんでした: {error}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) were left out; see {report}</source>
      <translation>
        <numerusform>%n 行を取り込みませんでした。{report} を参照してください</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>dialogs.restore_backup</name>
    <message>
      <source>Restore a backup</source>
      <translation>バックアップの復元</translation>
    </message>
    <message>
      <source>The database as it is now is backed up first, so a restore can itself be undone by restoring that backup.</source>
      <translation>復元の前に現在のデータベースをバックアップするため、そのバックアップを復元すれば元に戻せます。</translation>
    </message>
    <message>
      <source>This database has no backups yet.</source>
      <translation>このデータベースにはまだバックアップがありません。</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>復元</translation>
    </message>
  </context>
  <context>
    <name>excepthook</name>
    <message>
      <source>That cannot be done</source>
      <translation>この操作はできません</translation>
    </message>
  </context>
  <context>
    <name>exchange_menu</name>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Word 文書 (*.docx)</translation>
    </message>
    <message>
      <source>iCalendar files (*.ics)</source>
      <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message>
      <source>&amp;Delegation list (CSV, XLSX, PDF)...</source>
      <translation>代表団名簿（CSV、XLSX、PDF）(&amp;D)...</translation>
    </message>
    <message>
      <source>&amp;Agenda as iCalendar...</source>
      <translation>プログラムを iCalendar で(&amp;A)...</translation>
    </message>
    <message>
      <source>Whole &amp;meeting as one file...</source>
      <translation>会議全体を1つのファイルに(&amp;M)...</translation>
    </message>
    <message>
      <source>&amp;Persons from CSV or XLSX...</source>
      <translation>参加者を CSV・XLSX から(&amp;P)...</translation>
    </message>
    <message>
      <source>A &amp;meeting file...</source>
      <translation>会議ファイル(&amp;M)...</translation>
    </message>
    <message>
      <source>D&amp;eclaration draft as Word...</source>
      <translation>宣言草案を Word で(&amp;E)...</translation>
    </message>
    <message>
      <source>A &amp;declaration draft (Word or text)...</source>
      <translation>宣言草案(Word またはテキスト)(&amp;D)...</translation>
    </message>
    <message>
      <source>Import {source}</source>
      <translation>{source} の取り込み</translation>
    </message>
    <message>
      <source>Export the agenda</source>
      <translation>プログラムの書き出し</translation>
    </message>
    <message>
      <source>Export the meeting</source>
      <translation>会議の書き出し</translation>
    </message>
    <message>
      <source>Export the declaration</source>
      <translation>宣言のエクスポート</translation>
    </message>
    <message>
      <source>Import a declaration draft</source>
      <translation>宣言草案の取り込み</translation>
    </message>
    <message>
      <source>The draft was not imported</source>
      <translation>草案は取り込まれませんでした</translation>
    </message>
    <message>
      <source>ANMC meeting files (*.json)</source>
      <translation>ANMC 会議ファイル (*.json)</translation>
    </message>
    <message>
      <source>Import a meeting</source>
      <translation>会議の取り込み</translation>
    </message>
    <message>
      <source>The meeting was not imported</source>
      <translation>会議は取り込まれませんでした</translation>
    </message>
    <message>
      <source>The meeting is already here</source>
      <translation>この会議はすでに登録されています</translation>
    </message>
    <message>
      <source>{title} is already here. Update it from the file, or import the file as a separate copy?</source>
      <translation>「{title}」はすでに登録されています。ファイルから更新しますか、それとも別のコピーとして取り込みますか？</translation>
    </message>
    <message>
      <source>Update it from the file</source>
      <translation>ファイルから更新</translation>
    </message>
    <message>
      <source>Import a separate copy</source>
      <translation>別のコピーとして取り込む</translation>
    </message>
    <message>
      <source>An update changes and adds what the file holds, and keeps what it does not.</source>
      <translation>更新では、ファイルにある内容を変更・追加し、ファイルにない内容はそのまま残します。</translation>
    </message>
    <message>
      <source>Nothing to update</source>
      <translation>更新する内容はありません</translation>
    </message>
    <message>
      <source>The file holds no changes to the meeting.</source>
      <translation>このファイルには会議への変更が含まれていません。</translation>
    </message>
    <message>
      <source>Update the meeting?</source>
      <translation>会議を更新しますか?</translation>
    </message>
    <message numerus="yes">
      <source>The file changes %n thing(s) in the meeting (see the details). Apply the changes?</source>
      <translation>
        <numerusform>このファイルは会議の %n 項目を変更します(詳細を参照)。変更を適用しますか?</numerusform>
      </translation>
    </message>
    <message>
      <source>
... and {more} more</source>
      <translation>
... ほか {more} 件</translation>
    </message>
    <message>
      <source>Changes:
</source>
      <translation>変更点:
</translation>
    </message>
    <message>
      <source>none</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>Cities found by another name:
</source>
      <translation>別の名前で見つかった都市:
</translation>
    </message>
    <message>
      <source>Unknown keys, ignored:
</source>
      <translation>不明なキー（無視）:
</translation>
    </message>
    <message>
      <source>Meeting updated</source>
      <translation>会議を更新しました</translation>
    </message>
    <message>
      <source>{source} was imported into the meeting.</source>
      <translation>{source} を会議に取り込みました。</translation>
    </message>
    <message>
      <source>Meeting imported</source>
      <translation>会議を取り込みました</translation>
    </message>
    <message>
      <source>{source} was imported as a new meeting.</source>
      <translation>{source} を新しい会議として取り込みました。</translation>
    </message>
  </context>
  <context>
    <name>file_output</name>
    <message>
      <source>The file was not written</source>
      <translation>ファイルは書き込まれませんでした</translation>
    </message>
  </context>
  <context>
    <name>forms.agenda_item</name>
    <message>
      <source>must fall within the meeting's days ({first} to {last}).</source>
      <translation>会議期間内（{first}～{last}）にしてください。</translation>
    </message>
    <message>
      <source>Edit agenda item</source>
      <translation>プログラム項目の編集</translation>
    </message>
    <message>
      <source>Add agenda item</source>
      <translation>プログラム項目の追加</translation>
    </message>
    <message>
      <source>speaker</source>
      <translation>登壇者</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>種類(&amp;K)</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>名称(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Description</source>
      <translation>説明(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Starts</source>
      <translation>開始(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Ends</source>
      <translation>終了(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Room</source>
      <translation>会場(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Moderator</source>
      <translation>司会(&amp;M)</translation>
    </message>
    <message>
      <source>S&amp;peakers</source>
      <translation>登壇者(&amp;P)</translation>
    </message>
    <message>
      <source>is required.</source>
      <translation>必須です。</translation>
    </message>
    <message>
      <source>must not be before the start.</source>
      <translation>開始より前にはできません。</translation>
    </message>
    <message>
      <source>Move “{title}”</source>
      <translation>「{title}」の移動</translation>
    </message>
    <message>
      <source>New &amp;start</source>
      <translation>新しい開始(&amp;S)</translation>
    </message>
    <message>
      <source>The item keeps its length ({length}).</source>
      <translation>項目の長さ（{length}）は変わりません。</translation>
    </message>
    <message>
      <source>the item would end after the meeting's last day.</source>
      <translation>項目が会議の最終日より後に終わってしまいます。</translation>
    </message>
  </context>
  <context>
    <name>forms.alias_list</name>
    <message>
      <source>an official, historic or other-script name</source>
      <translation>正式名・旧名・他の文字での名前</translation>
    </message>
    <message>
      <source>Add alias</source>
      <translation>別名を追加</translation>
    </message>
    <message>
      <source>Remove alias</source>
      <translation>別名を削除</translation>
    </message>
  </context>
  <context>
    <name>forms.city_form</name>
    <message>
      <source>Edit city</source>
      <translation>都市の編集</translation>
    </message>
    <message>
      <source>Add a member city</source>
      <translation>加盟都市の追加</translation>
    </message>
    <message>
      <source>English name</source>
      <translation>英語名</translation>
    </message>
    <message>
      <source>Local name</source>
      <translation>現地名</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>国</translation>
    </message>
    <message>
      <source>Member since</source>
      <translation>加盟年</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状態</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>タイムゾーン</translation>
    </message>
    <message>
      <source>Aliases</source>
      <translation>別名</translation>
    </message>
    <message>
      <source>is required.</source>
      <translation>必須です。</translation>
    </message>
    <message>
      <source>type an alias first: it is empty.</source>
      <translation>別名を入力してください: 空です。</translation>
    </message>
    <message>
      <source>{alias} is listed already.</source>
      <translation>{alias} はすでに一覧にあります。</translation>
    </message>
    <message>
      <source>{alias} is this city's own name.</source>
      <translation>{alias} はこの都市自身の名前です。</translation>
    </message>
    <message>
      <source>{alias} already names {city}.</source>
      <translation>{alias} はすでに {city} の名前です。</translation>
    </message>
    <message>
      <source>is not a time zone (e.g. Asia/Tokyo).</source>
      <translation>タイムゾーンではありません（例: Asia/Tokyo）。</translation>
    </message>
  </context>
  <context>
    <name>forms.delegation_forms</name>
    <message>
      <source>(choose)</source>
      <translation>（選択）</translation>
    </message>
    <message>
      <source>Add a delegation</source>
      <translation>代表団の追加</translation>
    </message>
    <message>
      <source>City</source>
      <translation>都市</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状態</translation>
    </message>
    <message>
      <source>choose a city.</source>
      <translation>都市を選んでください。</translation>
    </message>
    <message>
      <source>Status of the delegation of {city_name}</source>
      <translation>{city_name} 代表団の状態</translation>
    </message>
    <message>
      <source>Proxy given to</source>
      <translation>委任先</translation>
    </message>
    <message>
      <source>choose the delegation that holds the proxy.</source>
      <translation>委任を受ける代表団を選んでください。</translation>
    </message>
    <message>
      <source>Move {name}</source>
      <translation>{name} の移籍</translation>
    </message>
    <message>
      <source>To the delegation of</source>
      <translation>移籍先の代表団</translation>
    </message>
    <message>
      <source>choose a delegation.</source>
      <translation>代表団を選んでください。</translation>
    </message>
  </context>
  <context>
    <name>forms.form_dialog</name>
    <message>
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <source>{value} (read-only)</source>
      <translation>{value}（読み取り専用）</translation>
    </message>
    <message>
      <source>Change log...</source>
      <translation>変更履歴...</translation>
    </message>
    <message>
      <source>Not saved: another organizer changed this record meanwhile. Save again to decide, or reload their version.</source>
      <translation>保存されていません: その間に別の担当者がこの記録を変更しました。もう一度保存して判断するか、相手の版を読み込んでください。</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>変更を破棄しますか？</translation>
    </message>
    <message>
      <source>You have changed this form. Close it without saving?</source>
      <translation>このフォームは変更されています。保存せずに閉じますか？</translation>
    </message>
  </context>
  <context>
    <name>forms.letter_options</name>
    <message>
      <source>none</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>Browse...</source>
      <translation>参照...</translation>
    </message>
    <message>
      <source>Letterhead image</source>
      <translation>レターヘッド画像</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>画像 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Letter template</source>
      <translation>書簡テンプレート</translation>
    </message>
    <message>
      <source>Text files (*.txt)</source>
      <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
      <source>Letterhead</source>
      <translation>レターヘッド</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>テンプレート</translation>
    </message>
    <message>
      <source>One file per delegation, in a zip (saved, no preview)</source>
      <translation>代表団ごとに1ファイル、zip にまとめる(保存のみ、プレビューなし)</translation>
    </message>
    <message>
      <source>.docx to edit in a word processor (saved, no preview)</source>
      <translation>ワープロで編集する .docx(保存のみ、プレビューなし)</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>ファイル</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>形式</translation>
    </message>
    <message>
      <source>cannot be read.</source>
      <translation>を読み込めません。</translation>
    </message>
    <message>
      <source>cannot be read as UTF-8 text.</source>
      <translation>を UTF-8 テキストとして読み込めません。</translation>
    </message>
  </context>
  <context>
    <name>forms.meeting_form</name>
    <message>
      <source>Edit meeting</source>
      <translation>会議の編集</translation>
    </message>
    <message>
      <source>New meeting</source>
      <translation>新しい会議</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（なし）</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>回次</translation>
    </message>
    <message>
      <source>Host city</source>
      <translation>開催都市</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>会場</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>初日</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>最終日</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>テーマ</translation>
    </message>
    <message>
      <source>is required.</source>
      <translation>必須です。</translation>
    </message>
    <message>
      <source>add the host city on Member cities first.</source>
      <translation>先に「加盟都市」で開催都市を追加してください。</translation>
    </message>
    <message>
      <source>must not be before the first day.</source>
      <translation>初日より前にはできません。</translation>
    </message>
  </context>
  <context>
    <name>forms.ordered_list</name>
    <message>
      <source>Move up</source>
      <translation>上へ</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>下へ</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>削除</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>追加</translation>
    </message>
    <message>
      <source>Add a {noun} at the end</source>
      <translation>末尾に追加: {noun}</translation>
    </message>
    <message>
      <source>Select a {noun} above to edit its text.</source>
      <translation>上で項目（{noun}）を選ぶと文面を編集できます。</translation>
    </message>
    <message>
      <source>Text of the selected {noun}:</source>
      <translation>選択した項目（{noun}）の文面:</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（なし）</translation>
    </message>
    <message>
      <source>person {person_id}</source>
      <translation>参加者 {person_id}</translation>
    </message>
    <message>
      <source>Type or pick a {noun}</source>
      <translation>入力または選択: {noun}</translation>
    </message>
    <message>
      <source>Add {noun}</source>
      <translation>追加: {noun}</translation>
    </message>
  </context>
  <context>
    <name>forms.organizer_form</name>
    <message>
      <source>Preferences</source>
      <translation>設定</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>あなたの名前</translation>
    </message>
    <message>
      <source>As the system</source>
      <translation>システムに合わせる</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>言語</translation>
    </message>
    <message>
      <source>is required: it is recorded with changes.</source>
      <translation>必須です。変更とともに記録されます。</translation>
    </message>
    <message>
      <source>Not saved: the settings file {value} could not be written ({value2}).</source>
      <translation>保存されていません: 設定ファイル {value} に書き込めませんでした（{value2}）。</translation>
    </message>
  </context>
  <context>
    <name>forms.person_form</name>
    <message>
      <source>Given name</source>
      <translation>名</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>姓</translation>
    </message>
    <message>
      <source>Native name</source>
      <translation>現地文字の氏名</translation>
    </message>
    <message>
      <source>Honorific</source>
      <translation>敬称</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>役職</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>メール</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <source>Dietary needs</source>
      <translation>食事の配慮</translation>
    </message>
    <message>
      <source>Access needs</source>
      <translation>バリアフリーの配慮</translation>
    </message>
    <message>
      <source>Arrival flight</source>
      <translation>到着便</translation>
    </message>
    <message>
      <source>Arrival at</source>
      <translation>到着地</translation>
    </message>
    <message>
      <source>Met by</source>
      <translation>出迎え担当</translation>
    </message>
    <message>
      <source>Departure flight</source>
      <translation>出発便</translation>
    </message>
    <message>
      <source>Hotel</source>
      <translation>ホテル</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>部屋</translation>
    </message>
    <message>
      <source>Car or bus</source>
      <translation>車両またはバス</translation>
    </message>
    <message>
      <source>Passport number</source>
      <translation>旅券番号</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>国籍</translation>
    </message>
    <message>
      <source>Edit person</source>
      <translation>参加者の編集</translation>
    </message>
    <message>
      <source>Add a person</source>
      <translation>参加者の追加</translation>
    </message>
    <message>
      <source>Family name first (e.g. Le Hong Son)</source>
      <translation>姓を先に表記（例: Le Hong Son）</translation>
    </message>
    <message>
      <source>Name order</source>
      <translation>氏名の順序</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>役割</translation>
    </message>
    <message>
      <source>Arrival</source>
      <translation>到着</translation>
    </message>
    <message>
      <source>Departure</source>
      <translation>出発</translation>
    </message>
    <message>
      <source>Passport expires</source>
      <translation>旅券の有効期限</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>備考</translation>
    </message>
    <message>
      <source>Not named yet (shown in grey italics)</source>
      <translation>未定（灰色の斜体で表示）</translation>
    </message>
    <message>
      <source>Placeholder</source>
      <translation>仮登録</translation>
    </message>
    <message>
      <source>give a name (Latin or native).</source>
      <translation>氏名（ローマ字または現地文字）を入力してください。</translation>
    </message>
    <message>
      <source>is not an e-mail address.</source>
      <translation>メールアドレスではありません。</translation>
    </message>
    <message>
      <source>must not be before arrival.</source>
      <translation>到着より前にはできません。</translation>
    </message>
  </context>
  <context>
    <name>forms.print_options_form</name>
    <message>
      <source>Ready: nothing missing.</source>
      <translation>準備完了: 不足はありません。</translation>
    </message>
    <message>
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <source>US Letter</source>
      <translation>US レター</translation>
    </message>
    <message>
      <source>One original</source>
      <translation>正本1部</translation>
    </message>
    <message>
      <source>One original per signing city</source>
      <translation>署名都市ごとに正本1部</translation>
    </message>
    <message>
      <source>One after another</source>
      <translation>順に並べる</translation>
    </message>
    <message>
      <source>Two side by side, clause against clause</source>
      <translation>2言語を左右に並べ、条項を対照</translation>
    </message>
    <message>
      <source>Cities alphabetically</source>
      <translation>都市をアルファベット順</translation>
    </message>
    <message>
      <source>Host city first</source>
      <translation>開催都市を最初</translation>
    </message>
    <message>
      <source>Host city last</source>
      <translation>開催都市を最後</translation>
    </message>
    <message>
      <source>Several to a sheet, with bleed and crop marks</source>
      <translation>1枚に複数、裁ち落としとトンボ付き</translation>
    </message>
    <message>
      <source>One per badge-sized page with bleed, for a print shop</source>
      <translation>名札サイズのページに1つ、裁ち落とし付き（印刷所向け）</translation>
    </message>
    <message>
      <source>A3 landscape</source>
      <translation>A3 横</translation>
    </message>
    <message>
      <source>A4 landscape</source>
      <translation>A4 横</translation>
    </message>
    <message>
      <source>By city, heads first</source>
      <translation>都市別、団長を先頭に</translation>
    </message>
    <message>
      <source>As the seating plan seats them</source>
      <translation>座席表の順</translation>
    </message>
    <message>
      <source>Print: {label}</source>
      <translation>印刷: {label}</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>プレビュー</translation>
    </message>
    <message>
      <source>Before the final print:
{check}</source>
      <translation>最終印刷の前に:
{check}</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>用紙</translation>
    </message>
    <message>
      <source>Document language</source>
      <translation>文書の言語</translation>
    </message>
    <message>
      <source>Each city's original puts its own signature block first</source>
      <translation>各都市の正本では自都市の署名欄を最初に置く</translation>
    </message>
    <message>
      <source>Two columns</source>
      <translation>2列</translation>
    </message>
    <message>
      <source>One column</source>
      <translation>1列</translation>
    </message>
    <message>
      <source>A box for initials at the foot of every page</source>
      <translation>各ページの下にイニシャル欄</translation>
    </message>
    <message>
      <source>Originals</source>
      <translation>正本</translation>
    </message>
    <message>
      <source>Alternat</source>
      <translation>オルタナ（署名順の交替）</translation>
    </message>
    <message>
      <source>Signature blocks</source>
      <translation>署名欄</translation>
    </message>
    <message>
      <source>Texts in several languages</source>
      <translation>複数言語のテキスト</translation>
    </message>
    <message>
      <source>Initials</source>
      <translation>イニシャル</translation>
    </message>
    <message>
      <source>E-mail and phone</source>
      <translation>メールと電話</translation>
    </message>
    <message>
      <source>Arrival and departure</source>
      <translation>到着と出発</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>順番</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>連絡先</translation>
    </message>
    <message>
      <source>Travel</source>
      <translation>旅程</translation>
    </message>
    <message>
      <source>Layout</source>
      <translation>レイアウト</translation>
    </message>
  </context>
  <context>
    <name>help_menu</name>
    <message>
      <source>Next or previous control; tables and lists are left with Tab</source>
      <translation>次または前のコントロールへ。表やリストからは Tab で抜けます</translation>
    </message>
    <message>
      <source>Tab / Shift+Tab</source>
      <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
      <source>Move inside a table or list</source>
      <translation>表やリストの中を移動</translation>
    </message>
    <message>
      <source>Arrow keys</source>
      <translation>矢印キー</translation>
    </message>
    <message>
      <source>Open the current row</source>
      <translation>選択中の行を開く</translation>
    </message>
    <message>
      <source>Enter</source>
      <translation>Enter</translation>
    </message>
    <message>
      <source>Close a dialog</source>
      <translation>ダイアログを閉じる</translation>
    </message>
    <message>
      <source>Esc</source>
      <translation>Esc</translation>
    </message>
    <message>
      <source>Go to that control or menu</source>
      <translation>そのコントロールまたはメニューへ移動</translation>
    </message>
    <message>
      <source>Alt+underlined letter</source>
      <translation>Alt+下線の文字</translation>
    </message>
    <message>
      <source>Save the form</source>
      <translation>フォームを保存</translation>
    </message>
    <message>
      <source>Cancel the form</source>
      <translation>フォームを取り消す</translation>
    </message>
    <message>
      <source>Open a date field's calendar</source>
      <translation>日付欄のカレンダーを開く</translation>
    </message>
    <message>
      <source>F4 or Alt+Down</source>
      <translation>F4 または Alt+下矢印</translation>
    </message>
    <message>
      <source>Open what the overview lists</source>
      <translation>概要の項目を開く</translation>
    </message>
    <message>
      <source>Enter or double-click</source>
      <translation>Enter またはダブルクリック</translation>
    </message>
    <message>
      <source>ANMC Desktop guide</source>
      <translation>ANMC Desktop ガイド</translation>
    </message>
    <message>
      <source>User guide</source>
      <translation>ユーザーガイド</translation>
    </message>
    <message>
      <source> or </source>
      <translation> または </translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>キーボードショートカット</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>キー</translation>
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
      <source>Open the &amp;log folder</source>
      <translation>ログフォルダーを開く(&amp;L)</translation>
    </message>
  </context>
  <context>
    <name>item_models.agenda</name>
    <message>
      <source>{moderator_name} (moderator)</source>
      <translation>{moderator_name}（司会）</translation>
    </message>
    <message numerus="yes">
      <source> (+%n more)</source>
      <translation>
        <numerusform>（ほか %n 件）</numerusform>
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
      <translation>{role}（仮登録）</translation>
    </message>
  </context>
  <context>
    <name>item_models.record_table</name>
    <message>
      <source>Placeholder: not named yet</source>
      <translation>仮登録: 未定</translation>
    </message>
  </context>
  <context>
    <name>item_models.signatories</name>
    <message>
      <source>{city_name} (host)</source>
      <translation>{city_name}（開催都市）</translation>
    </message>
    <message>
      <source>received</source>
      <translation>受領済み</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>未着</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>はい</translation>
    </message>
  </context>
  <context>
    <name>languages</name>
    <message>
      <source>English</source>
      <translation>英語</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>ロシア語</translation>
    </message>
    <message>
      <source>Japanese</source>
      <translation>日本語</translation>
    </message>
    <message>
      <source>Korean</source>
      <translation>韓国語</translation>
    </message>
    <message>
      <source>Chinese</source>
      <translation>中国語</translation>
    </message>
    <message>
      <source>Vietnamese</source>
      <translation>ベトナム語</translation>
    </message>
    <message>
      <source>Thai</source>
      <translation>タイ語</translation>
    </message>
    <message>
      <source>Burmese</source>
      <translation>ミャンマー語</translation>
    </message>
    <message>
      <source>Indonesian</source>
      <translation>インドネシア語</translation>
    </message>
    <message>
      <source>Malay</source>
      <translation>マレー語</translation>
    </message>
    <message>
      <source>Mongolian</source>
      <translation>モンゴル語</translation>
    </message>
    <message>
      <source>Hindi</source>
      <translation>ヒンディー語</translation>
    </message>
    <message>
      <source>French</source>
      <translation>フランス語</translation>
    </message>
    <message>
      <source>German</source>
      <translation>ドイツ語</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>スペイン語</translation>
    </message>
  </context>
  <context>
    <name>locale_format</name>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} 時間 {minutes} 分</translation>
    </message>
  </context>
  <context>
    <name>main_window</name>
    <message>
      <source>{title} (Ctrl+{number})</source>
      <translation>{title}（Ctrl+{number}）</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>ページ</translation>
    </message>
    <message>
      <source>Go to {title}</source>
      <translation>{title} へ移動</translation>
    </message>
    <message>
      <source> (read-only)</source>
      <translation>（読み取り専用）</translation>
    </message>
    <message>
      <source>Organizer: {name}</source>
      <translation>担当者: {name}</translation>
    </message>
    <message>
      <source>Discard unsaved changes?</source>
      <translation>保存していない変更を破棄しますか？</translation>
    </message>
    <message>
      <source>The {title} page has changes that are not saved. Discard them?</source>
      <translation>「{title}」ページに保存していない変更があります。破棄しますか？</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Print</source>
      <translation>印刷(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>書き出し(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>取り込み(&amp;I)</translation>
    </message>
    <message>
      <source>&amp;Back up now...</source>
      <translation>今すぐバックアップ(&amp;B)...</translation>
    </message>
    <message>
      <source>&amp;Restore a backup...</source>
      <translation>バックアップから復元(&amp;R)...</translation>
    </message>
    <message>
      <source>&amp;Preferences...</source>
      <translation>設定(&amp;P)...</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>終了(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>編集(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;About {APP_TITLE}</source>
      <translation>{APP_TITLE} について(&amp;A)</translation>
    </message>
    <message>
      <source>Database: {display_name}</source>
      <translation>データベース: {display_name}</translation>
    </message>
    <message>
      <source>Read-only: changes cannot be saved</source>
      <translation>読み取り専用: 変更は保存できません</translation>
    </message>
    <message>
      <source>Add the sample meeting?</source>
      <translation>サンプルの会議を追加しますか？</translation>
    </message>
    <message>
      <source>This database has no meetings yet. Add the sample meeting (the 13th Plenary Meeting of the ANMC21, Tomsk, 2014) to see how the app works?</source>
      <translation>このデータベースにはまだ会議がありません。アプリの使い方を確かめるため、サンプルの会議（第13回 ANMC21 総会、トムスク、2014年）を追加しますか？</translation>
    </message>
    <message>
      <source>You can add your own meetings next to it.</source>
      <translation>その横に自分の会議も追加できます。</translation>
    </message>
    <message>
      <source>The sample meeting could not be added</source>
      <translation>サンプルの会議を追加できませんでした</translation>
    </message>
    <message>
      <source>(to be confirmed)</source>
      <translation>（未定）</translation>
    </message>
    <message>
      <source>Head of delegation (placeholder: not named in the facts)</source>
      <translation>団長（仮登録：資料に氏名の記載なし）</translation>
    </message>
    <message>
      <source>About {APP_TITLE}</source>
      <translation>{APP_TITLE} について</translation>
    </message>
    <message>
      <source>Organize the plenary meetings of a city network: member cities, delegations, the agenda, the declaration and its signatories.</source>
      <translation>都市ネットワークの総会の準備: 加盟都市、代表団、プログラム、宣言とその署名者。</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>Unexpected error</source>
      <translation>予期しないエラー</translation>
    </message>
    <message>
      <source>Something went wrong that the app did not expect. What you saved is safe.</source>
      <translation>予期しない問題が発生しました。保存済みの内容は失われていません。</translation>
    </message>
    <message>
      <source>The details are in the log file:
{log_file}</source>
      <translation>詳細はログファイルにあります:
{log_file}</translation>
    </message>
  </context>
  <context>
    <name>pages</name>
    <message>
      <source>Agenda</source>
      <translation>プログラム</translation>
    </message>
    <message>
      <source>Check-in</source>
      <translation>受付</translation>
    </message>
    <message>
      <source>Member cities</source>
      <translation>加盟都市</translation>
    </message>
    <message>
      <source>Declaration</source>
      <translation>宣言</translation>
    </message>
    <message>
      <source>Delegations</source>
      <translation>代表団</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>会議</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>概要</translation>
    </message>
    <message>
      <source>Persons</source>
      <translation>参加者</translation>
    </message>
    <message>
      <source>Seating</source>
      <translation>座席</translation>
    </message>
    <message>
      <source>Signatories</source>
      <translation>署名者</translation>
    </message>
  </context>
  <context>
    <name>pages.agenda</name>
    <message>
      <source>&amp;Add item…</source>
      <translation>項目を追加(&amp;A)…</translation>
    </message>
    <message>
      <source>Ed&amp;it…</source>
      <translation>編集(&amp;I)…</translation>
    </message>
    <message>
      <source>D&amp;uplicate</source>
      <translation>複製(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Move…</source>
      <translation>移動(&amp;M)…</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>削除(&amp;D)</translation>
    </message>
    <message>
      <source>Add an item to the day shown (Ctrl+N)</source>
      <translation>表示中の日に項目を追加（Ctrl+N）</translation>
    </message>
    <message>
      <source>Delete the selected item (Del); Ctrl+Z brings it back</source>
      <translation>選択した項目を削除（Del）。Ctrl+Z で元に戻せます</translation>
    </message>
    <message>
      <source>Edit “{title}”</source>
      <translation>「{title}」の編集</translation>
    </message>
    <message>
      <source>Move “{title}”</source>
      <translation>「{title}」の移動</translation>
    </message>
    <message>
      <source>Duplicate “{title}”</source>
      <translation>「{title}」の複製</translation>
    </message>
    <message>
      <source>Delete “{title}”</source>
      <translation>「{title}」の削除</translation>
    </message>
    <message>
      <source>Add “{title}”</source>
      <translation>「{title}」の追加</translation>
    </message>
    <message>
      <source>The programme was not changed</source>
      <translation>プログラムは変更されませんでした</translation>
    </message>
  </context>
  <context>
    <name>pages.base</name>
    <message>
      <source>No current meeting: choose one on the Meetings page.</source>
      <translation>現在の会議がありません。「会議」ページで選んでください。</translation>
    </message>
    <message>
      <source>The database is open read-only: nothing can be changed in this window.</source>
      <translation>データベースは読み取り専用で開かれています。このウィンドウでは何も変更できません。</translation>
    </message>
    <message>
      <source>&amp;View…</source>
      <translation>表示(&amp;V)…</translation>
    </message>
  </context>
  <context>
    <name>pages.check_in</name>
    <message>
      <source>Scan a badge, or type a name, then Enter</source>
      <translation>バッジをスキャンするか名前を入力して Enter</translation>
    </message>
    <message>
      <source>&amp;Undo last check-in</source>
      <translation>直前の受付を取り消す(&amp;U)</translation>
    </message>
    <message>
      <source>A wrong person was checked in</source>
      <translation>別の人を受付してしまった場合</translation>
    </message>
    <message>
      <source>Delegation</source>
      <translation>代表団</translation>
    </message>
    <message>
      <source>Checked in</source>
      <translation>受付済み</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>予定</translation>
    </message>
    <message>
      <source>&amp;Scan or name:</source>
      <translation>スキャンまたは名前(&amp;S):</translation>
    </message>
    <message>
      <source>{checked_in} of {expected} checked in</source>
      <translation>{expected} 名中 {checked_in} 名受付済み</translation>
    </message>
    <message>
      <source>Check-in</source>
      <translation>受付</translation>
    </message>
    <message>
      <source>The check-in could not be saved.</source>
      <translation>受付を保存できませんでした。</translation>
    </message>
    <message numerus="yes">
      <source>%n persons fit: choose one below.</source>
      <translation>
        <numerusform>%n 名が該当します。下から選んでください。</numerusform>
      </translation>
    </message>
    <message>
      <source>No one found.</source>
      <translation>該当者はいません。</translation>
    </message>
    <message>
      <source>{time} UTC</source>
      <translation>{time} UTC</translation>
    </message>
    <message>
      <source>{who} had checked in already, at {when}.</source>
      <translation>{who} は {when} に受付済みです。</translation>
    </message>
    <message>
      <source>Checked in: {who} at {when}.</source>
      <translation>受付しました: {who}({when})。</translation>
    </message>
    <message>
      <source>Check in {name}</source>
      <translation>{name} の受付</translation>
    </message>
    <message>
      <source>The last check-in was undone.</source>
      <translation>直前の受付を取り消しました。</translation>
    </message>
  </context>
  <context>
    <name>pages.cities</name>
    <message>
      <source>&amp;Add city…</source>
      <translation>都市を追加(&amp;A)…</translation>
    </message>
    <message>
      <source>Ed&amp;it…</source>
      <translation>編集(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Retire</source>
      <translation>脱退(&amp;R)</translation>
    </message>
    <message>
      <source>A retired city keeps its past delegations.</source>
      <translation>脱退した都市の過去の代表団は残ります。</translation>
    </message>
    <message>
      <source>Retire {name_en}</source>
      <translation>{name_en} の脱退</translation>
    </message>
    <message>
      <source>Add {name_en}</source>
      <translation>{name_en} の追加</translation>
    </message>
    <message>
      <source>Edit {name_en}</source>
      <translation>{name_en} の編集</translation>
    </message>
  </context>
  <context>
    <name>pages.declaration</name>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <source>Save the declaration (Ctrl+S, or Enter in a one-line field)</source>
      <translation>宣言を保存（Ctrl+S、または1行の欄で Enter）</translation>
    </message>
    <message>
      <source>Re&amp;vert</source>
      <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
      <source>Go back to what is saved (Esc)</source>
      <translation>保存した状態に戻す（Esc）</translation>
    </message>
    <message>
      <source>Mar&amp;k final</source>
      <translation>確定(&amp;K)</translation>
    </message>
    <message>
      <source>Make the declaration read-only; save your changes first</source>
      <translation>宣言を読み取り専用にします。先に変更を保存してください</translation>
    </message>
    <message>
      <source>Re&amp;open</source>
      <translation>再開(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Start the declaration</source>
      <translation>宣言を作成(&amp;S)</translation>
    </message>
    <message>
      <source>Save the declaration</source>
      <translation>宣言の保存</translation>
    </message>
    <message>
      <source>Not saved: another organizer saved the declaration meanwhile. Save again to decide, or reload their version.</source>
      <translation>保存されていません: その間に別の担当者が宣言を保存しました。もう一度保存して判断するか、相手の版を読み込んでください。</translation>
    </message>
    <message>
      <source>Revert the declaration?</source>
      <translation>宣言を元に戻しますか？</translation>
    </message>
    <message>
      <source>Forget the changes made since the last save?</source>
      <translation>最後の保存以降の変更を破棄しますか？</translation>
    </message>
    <message>
      <source>Mark the declaration final</source>
      <translation>宣言の確定</translation>
    </message>
    <message>
      <source>Reopen the declaration</source>
      <translation>宣言の再開</translation>
    </message>
    <message>
      <source>Start the declaration</source>
      <translation>宣言の作成</translation>
    </message>
    <message>
      <source>The declaration was not changed</source>
      <translation>宣言は変更されませんでした</translation>
    </message>
    <message>
      <source>This meeting has no declaration yet.</source>
      <translation>この会議にはまだ宣言がありません。</translation>
    </message>
    <message>
      <source>Final: read-only until reopened</source>
      <translation>確定: 再開するまで読み取り専用</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>草案</translation>
    </message>
    <message>
      <source> — unsaved changes</source>
      <translation> — 未保存の変更あり</translation>
    </message>
    <message>
      <source>Leave empty to use: {built}</source>
      <translation>空欄の場合は次を使用: {built}</translation>
    </message>
    <message>
      <source>nothing: no formula is known for this language, type it here</source>
      <translation>なし: この言語の定型文はありません。ここに入力してください</translation>
    </message>
    <message>
      <source>is required.</source>
      <translation>必須です。</translation>
    </message>
    <message>
      <source>paragraph {numbers} has no text.</source>
      <translation>段落 {numbers} にテキストがありません。</translation>
    </message>
    <message>
      <source>preamble paragraph</source>
      <translation>前文の段落</translation>
    </message>
    <message>
      <source>clause</source>
      <translation>本文条項</translation>
    </message>
    <message>
      <source>As this text's testimonium names it (after “в” in Russian: Томске)</source>
      <translation>このテキストの末文での表記(ロシア語では「в」の後の形: Томске)</translation>
    </message>
    <message>
      <source>Tick to date the declaration</source>
      <translation>チェックすると宣言に日付を入れます</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>名称(&amp;T)</translation>
    </message>
    <message>
      <source>Opening &amp;paragraph</source>
      <translation>冒頭の段落(&amp;P)</translation>
    </message>
    <message>
      <source>P&amp;reamble</source>
      <translation>前文(&amp;R)</translation>
    </message>
    <message>
      <source>Transition for&amp;mula</source>
      <translation>移行文言(&amp;M)</translation>
    </message>
    <message>
      <source>&amp;Clauses</source>
      <translation>本文条項(&amp;C)</translation>
    </message>
    <message>
      <source>P&amp;lace</source>
      <translation>場所(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>日付(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Number of originals</source>
      <translation>正本の部数(&amp;N)</translation>
    </message>
    <message>
      <source>Testimon&amp;ium (override)</source>
      <translation>末文（手動で指定）(&amp;I)</translation>
    </message>
  </context>
  <context>
    <name>pages.declaration_preview</name>
    <message>
      <source>Final (read-only)</source>
      <translation>確定（読み取り専用）</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>草案</translation>
    </message>
    <message>
      <source>Status: {status}</source>
      <translation>状態: {status}</translation>
    </message>
  </context>
  <context>
    <name>pages.declaration_versions</name>
    <message>
      <source>&amp;Add a text in</source>
      <translation>テキストを追加(&amp;A):</translation>
    </message>
    <message>
      <source>Another authentic text of the declaration, in this language</source>
      <translation>この言語による宣言の別の正文</translation>
    </message>
    <message>
      <source>Remove this text</source>
      <translation>このテキストを削除</translation>
    </message>
    <message>
      <source>The text the preview shows beside this one, clause by clause</source>
      <translation>プレビューでこのテキストの隣に条項ごとに並べるテキスト</translation>
    </message>
    <message>
      <source>Te&amp;xt:</source>
      <translation>テキスト(&amp;X):</translation>
    </message>
    <message>
      <source>Compare &amp;with:</source>
      <translation>対照(&amp;W):</translation>
    </message>
    <message>
      <source>(nothing)</source>
      <translation>(なし)</translation>
    </message>
  </context>
  <context>
    <name>pages.delegations</name>
    <message>
      <source>Add &amp;delegation…</source>
      <translation>代表団を追加(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;Status…</source>
      <translation>状態(&amp;S)…</translation>
    </message>
    <message>
      <source>Remove delegation</source>
      <translation>代表団を削除</translation>
    </message>
    <message>
      <source>Delegations</source>
      <translation>代表団</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>団員</translation>
    </message>
    <message>
      <source>&amp;Add person…</source>
      <translation>参加者を追加(&amp;A)…</translation>
    </message>
    <message>
      <source>Ed&amp;it…</source>
      <translation>編集(&amp;I)…</translation>
    </message>
    <message>
      <source>Ma&amp;ke head</source>
      <translation>団長にする(&amp;K)</translation>
    </message>
    <message>
      <source>&amp;Move to…</source>
      <translation>移籍(&amp;M)…</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>削除(&amp;R)</translation>
    </message>
    <message>
      <source>Remove the delegation of {city_name}?</source>
      <translation>{city_name} 代表団を削除しますか？</translation>
    </message>
    <message>
      <source>Removing the delegation of {city_name} also removes:</source>
      <translation>{city_name} 代表団を削除すると、次も削除されます:</translation>
    </message>
    <message>
      <source>

Edit ▸ Undo puts it all back.</source>
      <translation>

編集 ▸ 元に戻す ですべて戻せます。</translation>
    </message>
    <message>
      <source>Remove the delegation of {city_name}</source>
      <translation>{city_name} 代表団の削除</translation>
    </message>
    <message>
      <source>{name} was not made head</source>
      <translation>{name} は団長になりませんでした</translation>
    </message>
    <message>
      <source>The page now shows the current data: check it, then try again.</source>
      <translation>ページに最新のデータを表示しました。確認してから、もう一度お試しください。</translation>
    </message>
    <message>
      <source>{name} cannot be made head</source>
      <translation>{name} を団長にすることはできません</translation>
    </message>
    <message>
      <source>Make {name} head of delegation</source>
      <translation>{name} を団長に</translation>
    </message>
    <message>
      <source>Add the delegation of {city_name}</source>
      <translation>{city_name} 代表団の追加</translation>
    </message>
    <message>
      <source>Set the status of {city_name} to {value}</source>
      <translation>{city_name} の状態を「{value}」に</translation>
    </message>
    <message>
      <source>Move {name}</source>
      <translation>{name} の移籍</translation>
    </message>
    <message>
      <source>Members of the delegation of {city_name}</source>
      <translation>{city_name} 代表団の団員</translation>
    </message>
    <message numerus="yes">
      <source>its %n member(s)</source>
      <translation>
        <numerusform>団員 %n 名</numerusform>
      </translation>
    </message>
    <message>
      <source>the proxies given to it by {value} (they become invited)</source>
      <translation>{value} からの委任（これらは「招待済み」に戻ります）</translation>
    </message>
  </context>
  <context>
    <name>pages.meetings</name>
    <message>
      <source>Make current</source>
      <translation>現在の会議にする</translation>
    </message>
    <message>
      <source>Work on the selected meeting (or double-click it)</source>
      <translation>選択した会議で作業する（またはダブルクリック）</translation>
    </message>
    <message>
      <source>&amp;New meeting…</source>
      <translation>新しい会議(&amp;N)…</translation>
    </message>
    <message>
      <source>Ed&amp;it…</source>
      <translation>編集(&amp;I)…</translation>
    </message>
    <message>
      <source>Add {title}</source>
      <translation>{title} の追加</translation>
    </message>
    <message>
      <source>Edit {title}</source>
      <translation>{title} の編集</translation>
    </message>
  </context>
  <context>
    <name>pages.overview</name>
    <message numerus="yes">
      <source>What still needs doing, %n thing(s) (double-click or Enter to fix):</source>
      <translation>
        <numerusform>残りの作業：%n 件(ダブルクリックまたは Enter で修正):</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing left to do: every check passes.</source>
      <translation>残りの作業はありません。すべての確認に合格しています。</translation>
    </message>
    <message>
      <source>none</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>Delegations by status</source>
      <translation>状況別の代表団</translation>
    </message>
    <message>
      <source>Persons by role</source>
      <translation>役割別の参加者</translation>
    </message>
    <message>
      <source>Delegations:</source>
      <translation>代表団:</translation>
    </message>
    <message>
      <source>Persons:</source>
      <translation>参加者:</translation>
    </message>
    <message>
      <source>What still needs doing</source>
      <translation>残りの作業</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>集計中…</translation>
    </message>
  </context>
  <context>
    <name>pages.person_edits</name>
    <message>
      <source>Add {name}</source>
      <translation>{name} の追加</translation>
    </message>
    <message>
      <source>Edit {name}</source>
      <translation>{name} の編集</translation>
    </message>
    <message>
      <source>Remove {name}?</source>
      <translation>{name} を削除しますか？</translation>
    </message>
    <message>
      <source>Removing {name} also removes:</source>
      <translation>{name} を削除すると、次も削除されます:</translation>
    </message>
    <message>
      <source>

Edit ▸ Undo puts it all back.</source>
      <translation>

編集 ▸ 元に戻す ですべて戻せます。</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation>{name} の削除</translation>
    </message>
  </context>
  <context>
    <name>pages.persons</name>
    <message>
      <source>City</source>
      <translation>都市</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>姓</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>役割</translation>
    </message>
    <message>
      <source>Name in any script, position or city</source>
      <translation>任意の文字の氏名、役職、都市</translation>
    </message>
    <message>
      <source>F&amp;ind:</source>
      <translation>検索(&amp;I):</translation>
    </message>
    <message>
      <source>Sor&amp;t by:</source>
      <translation>並び順(&amp;T):</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>開く(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>削除(&amp;R)</translation>
    </message>
    <message>
      <source>Print &amp;badges…</source>
      <translation>バッジを印刷(&amp;B)…</translation>
    </message>
    <message>
      <source>Reprint the badges of the selected persons</source>
      <translation>選択した人のバッジを再印刷</translation>
    </message>
    <message>
      <source>Searching…</source>
      <translation>検索中…</translation>
    </message>
    <message numerus="yes">
      <source>%n found</source>
      <translation>
        <numerusform>%n 件</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>pages.seating</name>
    <message>
      <source>&amp;Layout:</source>
      <translation>配置(&amp;L):</translation>
    </message>
    <message>
      <source>Hos&amp;t:</source>
      <translation>開催都市(&amp;T):</translation>
    </message>
    <message>
      <source>&amp;Protocol order</source>
      <translation>儀礼順(&amp;P)</translation>
    </message>
    <message>
      <source>Forget the places swapped by hand: the protocol rule seats everyone</source>
      <translation>手動の入れ替えを破棄し、儀礼上の規則で全員を配席</translation>
    </message>
    <message>
      <source>Drag a place onto another to swap them.</source>
      <translation>席を別の席にドラッグすると入れ替わります。</translation>
    </message>
    <message>
      <source>arranged by hand</source>
      <translation>手動配置</translation>
    </message>
    <message>
      <source>protocol order</source>
      <translation>儀礼順</translation>
    </message>
    <message numerus="yes">
      <source>%n places, {how}</source>
      <translation>
        <numerusform>%n 席、{how}</numerusform>
      </translation>
    </message>
    <message>
      <source>Swap the places of {first} and {second}</source>
      <translation>{first} と {second} の席を入れ替え</translation>
    </message>
    <message>
      <source>Seat by the protocol order</source>
      <translation>儀礼順に配席</translation>
    </message>
    <message>
      <source>Seating</source>
      <translation>座席</translation>
    </message>
    <message>
      <source>The places could not be changed.</source>
      <translation>席を変更できませんでした。</translation>
    </message>
    <message>
      <source>The places swapped by hand gave way to the new rule.</source>
      <translation>手動で入れ替えた席は新しい規則に置き換えられました。</translation>
    </message>
    <message>
      <source>Change the seating rule</source>
      <translation>配席規則の変更</translation>
    </message>
    <message>
      <source>+{count} behind</source>
      <translation>後列 +{count}</translation>
    </message>
    <message>
      <source>Place {number}: {city}</source>
      <translation>席 {number}: {city}</translation>
    </message>
  </context>
  <context>
    <name>pages.signatories</name>
    <message>
      <source>The declaration is final: only the statuses can change.</source>
      <translation>宣言は確定しています。変更できるのは状態だけです。</translation>
    </message>
    <message>
      <source>Signing &amp;order:</source>
      <translation>署名順(&amp;O):</translation>
    </message>
    <message>
      <source>Order of signing</source>
      <translation>署名順</translation>
    </message>
    <message>
      <source>Who signs: tick the delegations that sign; click a name to pick another</source>
      <translation>署名者: 署名する代表団にチェック。氏名をクリックすると別の人を選べます</translation>
    </message>
    <message>
      <source>{title}: this meeting has no declaration yet (start it on the Declaration page).</source>
      <translation>{title}: この会議にはまだ宣言がありません（「宣言」ページで作成してください）。</translation>
    </message>
    <message>
      <source>Move {city_name} to place {position}</source>
      <translation>{city_name} を {position} 番目へ</translation>
    </message>
    <message>
      <source>Signing order: {label}</source>
      <translation>署名順: {label}</translation>
    </message>
    <message>
      <source>Status of {city_name}: {label}</source>
      <translation>{city_name} の状態: {label}</translation>
    </message>
    <message>
      <source>Full powers and ad referendum of {city_name}</source>
      <translation>{city_name} の全権委任状とアド・レフェレンダム</translation>
    </message>
    <message>
      <source>The signatories were not changed</source>
      <translation>署名者は変更されませんでした</translation>
    </message>
    <message>
      <source>{city} signs</source>
      <translation>{city} が署名</translation>
    </message>
    <message>
      <source>{city} does not sign</source>
      <translation>{city} は署名しない</translation>
    </message>
    <message>
      <source>Signs for {value}: {label}</source>
      <translation>{value} の署名者: {label}</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>上へ(&amp;U)</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>下へ(&amp;W)</translation>
    </message>
    <message>
      <source>Sign earlier (Alt+Up); the order becomes set by hand</source>
      <translation>署名を早める（Alt+↑）。署名順は手動になります</translation>
    </message>
    <message>
      <source>Sign later (Alt+Down); the order becomes set by hand</source>
      <translation>署名を遅らせる（Alt+↓）。署名順は手動になります</translation>
    </message>
    <message>
      <source>&amp;Status of the selected signatory:</source>
      <translation>選択した署名者の状態(&amp;S):</translation>
    </message>
    <message>
      <source>&amp;Full powers received</source>
      <translation>全権委任状を受領(&amp;F)</translation>
    </message>
    <message>
      <source>The full powers or the credentials letter has arrived</source>
      <translation>全権委任状または信任状が届いている</translation>
    </message>
    <message>
      <source>Signs ad &amp;referendum</source>
      <translation>アド・レフェレンダムで署名(&amp;R)</translation>
    </message>
    <message>
      <source>The signature is subject to confirmation by the city</source>
      <translation>署名は都市による確認を条件とする</translation>
    </message>
  </context>
  <context>
    <name>pages.who_signs</name>
    <message>
      <source>Delegation signs</source>
      <translation>代表団の署名</translation>
    </message>
    <message>
      <source>Signs for it</source>
      <translation>署名者</translation>
    </message>
    <message>
      <source>Delegation status</source>
      <translation>代表団の状態</translation>
    </message>
    <message>
      <source>{head_name} (head)</source>
      <translation>{head_name}（団長）</translation>
    </message>
    <message>
      <source>(no head: pick)</source>
      <translation>（団長なし: 選択）</translation>
    </message>
    <message>
      <source>Click to pick who signs for this delegation</source>
      <translation>クリックしてこの代表団の署名者を選択</translation>
    </message>
  </context>
  <context>
    <name>print_menu</name>
    <message>
      <source>Save {document}</source>
      <translation>{document}を保存</translation>
    </message>
    <message>
      <source>{format} files (*.{extension})</source>
      <translation>{format} ファイル (*.{extension})</translation>
    </message>
    <message>
      <source>Printing: {document}</source>
      <translation>印刷: {document}</translation>
    </message>
  </context>
  <context>
    <name>print_preview</name>
    <message>
      <source>{title} - preview</source>
      <translation>{title} - プレビュー</translation>
    </message>
    <message>
      <source>&amp;Print...</source>
      <translation>印刷(&amp;P)...</translation>
    </message>
    <message>
      <source>&amp;Save as PDF...</source>
      <translation>PDF として保存(&amp;S)...</translation>
    </message>
    <message>
      <source>Save as .&amp;docx...</source>
      <translation>.docx で保存(&amp;D)...</translation>
    </message>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n ページ</numerusform>
      </translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>PDF として保存</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
      <source>Save as .docx</source>
      <translation>.docx で保存</translation>
    </message>
    <message>
      <source>Word files (*.docx)</source>
      <translation>Word ファイル (*.docx)</translation>
    </message>
    <message>
      <source>Could not save {target}.</source>
      <translation>{target} を保存できませんでした。</translation>
    </message>
    <message>
      <source>{pages}: sent to {printer}</source>
      <translation>{pages}: {printer} に送信しました</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>印刷</translation>
    </message>
    <message>
      <source>The document was not printed.</source>
      <translation>文書は印刷されませんでした。</translation>
    </message>
    <message>
      <source>The printer could not be started.</source>
      <translation>プリンターを起動できませんでした。</translation>
    </message>
    <message>
      <source>Printing: {document}</source>
      <translation>印刷: {document}</translation>
    </message>
    <message>
      <source>This document cannot be printed.</source>
      <translation>この文書は印刷できません。</translation>
    </message>
    <message>
      <source>Some texts do not fit their place at full size:</source>
      <translation>一部の文字列は元の大きさでは枠に収まりません:</translation>
    </message>
  </context>
  <context>
    <name>progress</name>
    <message>
      <source>Drawing the pages</source>
      <translation>ページを描画中</translation>
    </message>
    <message>
      <source>Gathering the records</source>
      <translation>データを収集中</translation>
    </message>
    <message>
      <source>Writing the file</source>
      <translation>ファイルを書き込み中</translation>
    </message>
    <message>
      <source>Reading the file</source>
      <translation>ファイルを読み込み中</translation>
    </message>
    <message>
      <source>Building the list</source>
      <translation>一覧を作成中</translation>
    </message>
    <message>
      <source>Exporting the agenda</source>
      <translation>プログラムをエクスポート中</translation>
    </message>
    <message>
      <source>Exporting the meeting file</source>
      <translation>会議ファイルをエクスポート中</translation>
    </message>
    <message>
      <source>Exporting the declaration</source>
      <translation>宣言をエクスポート中</translation>
    </message>
    <message>
      <source>Importing the meeting</source>
      <translation>会議を取り込み中</translation>
    </message>
    <message>
      <source>Checking the rows</source>
      <translation>行をチェック中</translation>
    </message>
    <message>
      <source>Writing the persons</source>
      <translation>参加者を書き込み中</translation>
    </message>
    <message>
      <source>Copying the pages</source>
      <translation>ページをコピー中</translation>
    </message>
    <message>
      <source>Checking the copy</source>
      <translation>コピーを検証中</translation>
    </message>
    <message>
      <source>Checking the backup</source>
      <translation>バックアップを検証中</translation>
    </message>
    <message>
      <source>Migrating the backup</source>
      <translation>バックアップを移行中</translation>
    </message>
    <message>
      <source>Replacing the database</source>
      <translation>データベースを置き換え中</translation>
    </message>
    <message>
      <source>Checking the records have not changed</source>
      <translation>記録が変更されていないことを確認中</translation>
    </message>
    <message>
      <source>Putting back what it changed</source>
      <translation>変更した内容を復元中</translation>
    </message>
    <message>
      <source>Removing what the import added</source>
      <translation>インポートで追加した内容を削除中</translation>
    </message>
    <message>
      <source>Putting back what it removed</source>
      <translation>削除した内容を復元中</translation>
    </message>
  </context>
  <context>
    <name>saved_files</name>
    <message>
      <source>delegation list</source>
      <translation>代表団名簿</translation>
    </message>
    <message>
      <source>agenda</source>
      <translation>プログラム</translation>
    </message>
    <message>
      <source>meeting file</source>
      <translation>会議ファイル</translation>
    </message>
    <message>
      <source>declaration</source>
      <translation>宣言</translation>
    </message>
    <message>
      <source>{document} - draft</source>
      <translation>{document} - 草案</translation>
    </message>
    <message>
      <source>Replace the file?</source>
      <translation>ファイルを置き換えますか?</translation>
    </message>
    <message>
      <source>{name} already exists in {folder}. Replace it?</source>
      <translation>{name} は {folder} に既にあります。置き換えますか?</translation>
    </message>
    <message>
      <source>Saved {name} in {folder}</source>
      <translation>{name} を {folder} に保存しました</translation>
    </message>
    <message>
      <source>Saved file</source>
      <translation>保存したファイル</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>開く</translation>
    </message>
    <message>
      <source>Open {name}</source>
      <translation>{name} を開く</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>フォルダーに表示</translation>
    </message>
    <message>
      <source>Show the folder of {name}</source>
      <translation>{name} のフォルダーを表示</translation>
    </message>
  </context>
  <context>
    <name>standard_actions</name>
    <message>
      <source>&amp;New</source>
      <translation>新規(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>開く(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>削除(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>検索(&amp;F)</translation>
    </message>
  </context>
  <context>
    <name>startup</name>
    <message>
      <source>ANMC Desktop databases (*.db *.sqlite);;All files (*)</source>
      <translation>ANMC Desktop データベース (*.db *.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
      <source>The database cannot be opened</source>
      <translation>データベースを開けません</translation>
    </message>
    <message>
      <source>Open a database</source>
      <translation>データベースを開く</translation>
    </message>
    <message>
      <source>The database cannot be changed here</source>
      <translation>ここではデータベースを変更できません</translation>
    </message>
    <message>
      <source>{database} is on a read-only disk, or you may not write the file or its folder, so nothing can be saved in it.

Open it read-only? You can look, search, print and export, but not change anything. To change it, copy it to a folder you can write to.</source>
      <translation>{database} は読み取り専用のディスク上にあるか、ファイルまたはフォルダーへの書き込み権限がないため、何も保存できません。

読み取り専用で開きますか? 閲覧、検索、印刷、エクスポートはできますが、変更はできません。変更するには、書き込み可能なフォルダーにコピーしてください。</translation>
    </message>
    <message>
      <source>The database could not be recovered</source>
      <translation>データベースを復旧できませんでした</translation>
    </message>
  </context>
  <context>
    <name>system_printing</name>
    <message>
      <source>The printing system did not take the document: {error}</source>
      <translation>印刷システムが文書を受け付けませんでした: {error}</translation>
    </message>
    <message>
      <source>{printer} did not take the document: {said}</source>
      <translation>{printer} が文書を受け付けませんでした: {said}</translation>
    </message>
  </context>
  <context>
    <name>to_do</name>
    <message>
      <source>No declaration yet</source>
      <translation>宣言がまだ作成されていません</translation>
    </message>
    <message>
      <source>The declaration is still a draft</source>
      <translation>宣言はまだ草案の段階です</translation>
    </message>
    <message>
      <source>{city}: not confirmed</source>
      <translation>{city}：参加が未確定</translation>
    </message>
    <message>
      <source>{city}: no head of delegation</source>
      <translation>{city}：団長がいません</translation>
    </message>
    <message>
      <source>{city}: head of delegation not named yet</source>
      <translation>{city}：団長の氏名が未定</translation>
    </message>
    <message>
      <source>{city}: {name} has no arrival</source>
      <translation>{city}：{name} の到着日時が未入力</translation>
    </message>
    <message>
      <source>{city}: {name} has no departure</source>
      <translation>{city}：{name} の出発日時が未入力</translation>
    </message>
    <message>
      <source>{city}: {name} has no arrival or departure</source>
      <translation>{city}：{name} の到着・出発日時が未入力</translation>
    </message>
    <message>
      <source>{city}: {name}: no installed font prints the name</source>
      <translation>{city}：{name}：ローマ字表記の氏名を印刷できるフォントがインストールされていません</translation>
    </message>
    <message>
      <source>{city}: {name}: no installed font prints the native name</source>
      <translation>{city}：{name}：現地語表記の氏名を印刷できるフォントがインストールされていません</translation>
    </message>
    <message>
      <source>{city}: {name}: no installed font prints the name and native name</source>
      <translation>{city}：{name}：ローマ字表記と現地語表記の氏名を印刷できるフォントがインストールされていません</translation>
    </message>
    <message>
      <source>{city}: signatory {name} not confirmed</source>
      <translation>{city}：署名者 {name} が未確定</translation>
    </message>
    <message>
      <source>{city}: full powers of {name} not received</source>
      <translation>{city}：署名者 {name} の全権委任状が未着</translation>
    </message>
    <message>
      <source>{item} ({when}): no room</source>
      <translation>{item}（{when}）：会場が未定</translation>
    </message>
    <message>
      <source>{item} ({when}): no speaker</source>
      <translation>{item}（{when}）：登壇者が未定</translation>
    </message>
    <message>
      <source>{item} ({when}): {clash}</source>
      <translation>{item}（{when}）：{clash}</translation>
    </message>
    <message>
      <source>unnamed person</source>
      <translation>氏名未入力の参加者</translation>
    </message>
    <message>
      <source>{room} is also booked for "{other}" ({when}).</source>
      <translation>{room} は同じ時間に「{other}」（{when}）でも予約されています。</translation>
    </message>
    <message>
      <source>{name} is also on "{other}" ({when}).</source>
      <translation>{name} は同じ時間に「{other}」（{when}）にも出席予定です。</translation>
    </message>
  </context>
  <context>
    <name>undo</name>
    <message>
      <source>Undo the import</source>
      <translation>インポートを元に戻す</translation>
    </message>
    <message>
      <source>Redo the import</source>
      <translation>インポートをやり直す</translation>
    </message>
    <message>
      <source>Cannot redo “{edit}”</source>
      <translation>「{edit}」をやり直せません</translation>
    </message>
    <message>
      <source>Cannot undo “{edit}”</source>
      <translation>「{edit}」を元に戻せません</translation>
    </message>
  </context>
</TS>
