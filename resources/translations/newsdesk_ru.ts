<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="82"/>
        <source>About Newsdesk</source>
        <translation>О программе Newsdesk</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="84"/>
        <source>Version {0}</source>
        <translation>Версия {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="86"/>
        <source>An offline desktop editor for news-plus-commentary articles.</source>
        <translation>Настольный редактор статей «новость и комментарий», работающий без интернета.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="89"/>
        <source>Newsdesk is free software: you can share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.</source>
        <translation>Newsdesk — свободная программа: вы можете распространять и изменять её на условиях Стандартной общественной лицензии GNU (GNU GPL) версии 3 или (по вашему выбору) любой более поздней версии. Программа предоставляется без каких-либо гарантий.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="93"/>
        <source>Uses Qt {0}, PySide6 {1} and Python {2}.</source>
        <translation>Использует Qt {0}, PySide6 {1} и Python {2}.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="96"/>
        <source>Where Newsdesk keeps your files:</source>
        <translation>Где Newsdesk хранит ваши файлы:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="99"/>
        <source>Settings:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="100"/>
        <source>Backups and personal dictionary:</source>
        <translation>Резервные копии и личный словарь:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="101"/>
        <source>Recovery copies:</source>
        <translation>Копии для восстановления:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="102"/>
        <source>Library index (cache):</source>
        <translation>Индекс библиотеки (кэш):</translation>
    </message>
</context>
<context>
    <name>ArticleForm</name>
    <message>
        <location filename="../../editor/ui/form/article_form.py" line="209"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/article_form.py" line="210"/>
        <source>The headline, often a question</source>
        <translation>Заголовок, часто в форме вопроса</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/article_form.py" line="211"/>
        <source>Standfirst</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/article_form.py" line="212"/>
        <source>Optional one-paragraph summary</source>
        <translation>Краткое изложение в один абзац (необязательно)</translation>
    </message>
</context>
<context>
    <name>ArticlePropertiesDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="305"/>
        <source>Article properties</source>
        <translation>Свойства статьи</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="307"/>
        <source>Desk</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="307"/>
        <source>Genres</source>
        <translation>Жанры</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="307"/>
        <source>Corrections</source>
        <translation>Исправления</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="311"/>
        <source>Slugline</source>
        <translation>Слаг</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="312"/>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="313"/>
        <source>Embargo</source>
        <translation>Эмбарго</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="314"/>
        <source>Editor&apos;s note (not exported)</source>
        <translation>Примечание редактора (не экспортируется)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="315"/>
        <source>Subjects</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="316"/>
        <source>Sign-off</source>
        <translation>Завершающая подпись</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="317"/>
        <source>Copyright holder</source>
        <translation>Правообладатель</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="318"/>
        <source>Usage terms</source>
        <translation>Условия использования</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="325"/>
        <source>A short name for the story, e.g. port-reopens</source>
        <translation>Короткое имя материала, например порт-открыт</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="327"/>
        <source>none</source>
        <translation>не задана</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="328"/>
        <source>IPTC&apos;s scale: 1 most urgent, 9 least</source>
        <translation>Шкала IPTC: 1 — самая срочная, 9 — наименее срочная</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="329"/>
        <source>For the desk only; never exported to readers</source>
        <translation>Только для редакции; в экспорт для читателей не попадает</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="331"/>
        <source>Comma-separated: IPTC Media Topic codes (medtop:…) or names</source>
        <translation>Через запятую: коды IPTC Media Topic (medtop:…) или названия</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="338"/>
        <source>As its kind: {0}</source>
        <translation>По типу раздела: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="340"/>
        <source>None</source>
        <translation>Не задан</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="346"/>
        <source>The article has no sections.</source>
        <translation>В статье нет разделов.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="348"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="348"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="348"/>
        <source>What was corrected</source>
        <translation>Что исправлено</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="355"/>
        <source>&amp;Add correction</source>
        <translation>&amp;Добавить исправление</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="356"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>BylinePane</name>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="819"/>
        <source>Byline</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="820"/>
        <source>e.g. 2026-10-04</source>
        <translation>например, 2026-10-04</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="822"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="823"/>
        <source>Office</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="824"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="825"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="826"/>
        <source>Credit line</source>
        <translation>Строка подписи</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="875"/>
        <source>(no credit line: author and office empty)</source>
        <translation>(подписи нет: автор и редакция не указаны)</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../editor/model/validate.py" line="23"/>
        <source>The headline is empty.</source>
        <translation>Заголовок пуст.</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="24"/>
        <source>The section {0} is empty.</source>
        <translation>Раздел {0} пуст.</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="25"/>
        <source>The quotation {0} is not in the quotation bank.</source>
        <translation>Цитаты {0} нет в банке цитат.</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="28"/>
        <source>Two quotations share the id {0}.</source>
        <translation>У двух цитат один и тот же идентификатор {0}.</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="29"/>
        <source>The quotation has no words.</source>
        <translation>В цитате нет текста.</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="30"/>
        <source>The quotation has no speaker.</source>
        <translation>У цитаты не указан автор.</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="31"/>
        <source>The quotation is not used in any section.</source>
        <translation>Цитата не используется ни в одном разделе.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="73"/>
        <source>The quotation has no date.</source>
        <translation>У цитаты не указана дата.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="74"/>
        <source>The quotation has no source.</source>
        <translation>У цитаты не указан источник.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="75"/>
        <source>The quotation is in the text but not marked as checked against its source.</source>
        <translation>Цитата есть в тексте, но не отмечена как сверенная с источником.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="78"/>
        <source>An open comment by {0}: “{1}”.</source>
        <translation>Открытый комментарий ({0}): «{1}».</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="79"/>
        <source>A suggestion by {0} is neither accepted nor rejected (“{1}” → “{2}”); a DOCX shows it as a tracked change.</source>
        <translation>Предложение ({0}) не принято и не отклонено («{1}» → «{2}»); в DOCX оно будет исправлением.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="84"/>
        <source>The headline has {0} characters; the house style allows {1}.</source>
        <translation>В заголовке {0} знаков; стиль издания допускает {1}.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="87"/>
        <source>The credit line has no author.</source>
        <translation>В строке подписи нет автора.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="88"/>
        <source>The credit line has no office.</source>
        <translation>В строке подписи нет редакции.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="89"/>
        <source>An invisible direction control character ({0}) is in the text; it can reorder what readers see.</source>
        <translation>В тексте невидимый символ управления направлением ({0}): он может переставить то, что видит читатель.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="94"/>
        <source>{0} spaces in a row between words.</source>
        <translation>Пробелов подряд между словами: {0}.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="95"/>
        <source>Arabic and Persian forms of a letter are mixed in this text ({0} {1}×, {2} {3}×); use one form.</source>
        <translation>В тексте смешаны арабская и персидская формы одной буквы ({0} {1}×, {2} {3}×); выберите одну.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="100"/>
        <source>The closing mark {0} has no opening mark before it.</source>
        <translation>Перед закрывающим знаком {0} нет открывающего.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="101"/>
        <source>A straight quotation mark (&quot;) has no partner in this paragraph.</source>
        <translation>У прямой кавычки (&quot;) нет пары в этом абзаце.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="104"/>
        <source>The opening mark {0} is never closed (no {1} after it in this paragraph).</source>
        <translation>Открывающий знак {0} не закрыт (после него в абзаце нет {1}).</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="107"/>
        <source>Unknown word “{0}” ({1}).</source>
        <translation>Неизвестное слово «{0}» ({1}).</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="108"/>
        <source>A paragraph of {0} words; readers lose their way past {1}: split it.</source>
        <translation>Слов в абзаце: {0}; после {1} читатель теряет нить — разделите его.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="111"/>
        <source>The image {0} is not in the article: its words are exported instead.</source>
        <translation>Изображения {0} нет в статье: вместо него экспортируются его слова.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="114"/>
        <source>The image {0} is not a PNG, JPEG or GIF picture: its words are exported instead.</source>
        <translation>Изображение {0} не является картинкой PNG, JPEG или GIF: вместо него экспортируются его слова.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="118"/>
        <source>The image {0} is on the web and is not fetched: it is exported as a link.</source>
        <translation>Изображение {0} находится в интернете и не загружается: оно экспортируется как ссылка.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="121"/>
        <source>Under embargo until {0}: {1} h {2} min left. It cannot be published before.</source>
        <translation>Эмбарго до {0}: осталось {1} ч {2} мин. До этого статью нельзя опубликовать.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="124"/>
        <source>The embargo “{0}” is not a date-time with its time zone (e.g. 2026-12-08T06:00+03:00); the article cannot be published until it is set again.</source>
        <translation>Эмбарго «{0}» — не дата и время с часовым поясом (например, 2026-12-08T06:00+03:00); статью нельзя опубликовать, пока его не зададут заново.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="129"/>
        <source>The source of this paragraph changed after its translation was confirmed: {0}</source>
        <translation>Оригинал этого абзаца изменился после того, как его перевод был подтверждён: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="133"/>
        <source>This paragraph is not translated yet (or not confirmed); the source reads: “{0}”.</source>
        <translation>Этот абзац ещё не переведён (или перевод не подтверждён); в оригинале: «{0}».</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="74"/>
        <source>Checklist</source>
        <translation>Контрольный список</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="75"/>
        <source>Spelling</source>
        <translation>Орфография</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="76"/>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="77"/>
        <source>Place</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="77"/>
        <source>Problem</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="210"/>
        <source>{0}, paragraph {1}</source>
        <translation>{0}, абзац {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="235"/>
        <source>Nothing found: ready to export.</source>
        <translation>Замечаний нет: статью можно экспортировать.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/checklist_panel.py" line="242"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>ошибок: %n</numerusform>
            <numerusform>ошибок: %n</numerusform>
            <numerusform>ошибок: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/checklist_panel.py" line="243"/>
        <source>%n problem(s) ({0})</source>
        <translation>
            <numerusform>%n замечание ({0})</numerusform>
            <numerusform>%n замечания ({0})</numerusform>
            <numerusform>%n замечаний ({0})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <location filename="../../editor/ui/form/chips.py" line="254"/>
        <source>Missing quotation “{0}”</source>
        <translation>Нет цитаты «{0}»</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="51"/>
        <source>Correction</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="52"/>
        <source>Clarification</source>
        <translation>Уточнение</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="53"/>
        <source>Retraction</source>
        <translation>Опровержение</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="141"/>
        <source>&amp;Article</source>
        <translation>С&amp;татья</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="142"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Свойства…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="143"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="145"/>
        <source>Slugline, urgency, embargo, genres, corrections and the desk&apos;s other fields</source>
        <translation>Слаг, срочность, эмбарго, жанры, исправления и другие редакционные поля</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="147"/>
        <source>The outlet whose length targets are shown</source>
        <translation>Канал публикации, для которого показан целевой объём</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="204"/>
        <source>Embargo: {0} h {1} min left</source>
        <translation>Эмбарго: осталось {0} ч {1} мин</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="209"/>
        <source>Embargo cannot be read</source>
        <translation>Не удаётся прочитать эмбарго</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/desk_actions.py" line="265"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n мин чтения</numerusform>
            <numerusform>%n мин чтения</numerusform>
            <numerusform>%n мин чтения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/desk_actions.py" line="275"/>
        <source>{0} / %n word(s)</source>
        <translation>
            <numerusform>{0} / %n слово</numerusform>
            <numerusform>{0} / %n слова</numerusform>
            <numerusform>{0} / %n слов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/desk_actions.py" line="278"/>
        <source>{0} / %n character(s)</source>
        <translation>
            <numerusform>{0} / %n знак</numerusform>
            <numerusform>{0} / %n знака</numerusform>
            <numerusform>{0} / %n знаков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/desk_actions.py" line="281"/>
        <source>{0} / %n line(s)</source>
        <translation>
            <numerusform>{0} / %n строка</numerusform>
            <numerusform>{0} / %n строки</numerusform>
            <numerusform>{0} / %n строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="283"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>DirectionButton</name>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="385"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="386"/>
        <source>Left to right</source>
        <translation>Слева направо</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="387"/>
        <source>Right to left</source>
        <translation>Справа налево</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="393"/>
        <source>How the paragraphs of this part are laid out</source>
        <translation>Направление текста в абзацах этой части</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="402"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
</context>
<context>
    <name>DiskWatch</name>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="109"/>
        <source>Load the version on disk</source>
        <translation>Загрузить версию с диска</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="110"/>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="111"/>
        <location filename="../../editor/ui/window/disk_watch.py" line="292"/>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="112"/>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="224"/>
        <source>“{0}” was deleted or moved by another program. Save to write it again.</source>
        <translation>«{0}» удалён или перемещён другой программой. Сохраните, чтобы записать его снова.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="226"/>
        <source>“{0}” was changed by another program since you opened it.</source>
        <translation>«{0}» изменён другой программой после того, как вы его открыли.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="246"/>
        <source>Saved, but no backup of the previous version was kept. {0}</source>
        <translation>Сохранено, но резервная копия предыдущей версии не сделана. {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="280"/>
        <source>Changed on disk</source>
        <translation>Изменён на диске</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="282"/>
        <source>“{0}” was changed by another program since you opened it. Saving now would replace those changes with your text.</source>
        <translation>«{0}» изменён другой программой после того, как вы его открыли. Если сохранить сейчас, ваш текст заменит эти изменения.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="289"/>
        <source>Save your text as a copy to keep both versions.</source>
        <translation>Сохраните свой текст копией, чтобы остались обе версии.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="295"/>
        <source>Replace the version on disk</source>
        <translation>Заменить версию на диске</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="324"/>
        <source>Deleted: only on disk. Inserted: only in this window.</source>
        <translation>Удалённое — только на диске. Вставленное — только в этом окне.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="337"/>
        <source>No differences.</source>
        <translation>Различий нет.</translation>
    </message>
</context>
<context>
    <name>EditionsController</name>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="186"/>
        <source>New &amp;Edition…</source>
        <translation>Новая &amp;языковая версия…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="188"/>
        <source>Add a translation of this article, kept in its file</source>
        <translation>Добавить перевод этой статьи, хранимый в её файле</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="190"/>
        <source>E&amp;dition</source>
        <translation>&amp;Языковая версия</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="191"/>
        <source>&amp;Next Edition</source>
        <translation>С&amp;ледующая языковая версия</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="192"/>
        <source>&amp;Side by Side</source>
        <translation>&amp;Оригинал и перевод рядом</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="193"/>
        <source>&amp;Confirm Translation</source>
        <translation>&amp;Подтвердить перевод</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="195"/>
        <source>Editions &amp;List</source>
        <translation>&amp;Список языковых версий</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="245"/>
        <source>{0} (source)</source>
        <translation>{0} (оригинал)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="382"/>
        <source>New Edition</source>
        <translation>Новая языковая версия</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="383"/>
        <source>No edition in {0} was made.</source>
        <translation>Языковая версия на языке {0} не создана.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="594"/>
        <source>Confirm Translation</source>
        <translation>Подтвердить перевод</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="613"/>
        <source>The source changed since this paragraph was confirmed:</source>
        <translation>Оригинал изменился после подтверждения этого абзаца:</translation>
    </message>
</context>
<context>
    <name>EditionsDock</name>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="94"/>
        <source>Editions</source>
        <translation>Языковые версии</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="96"/>
        <source>Edition</source>
        <translation>Языковая версия</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="96"/>
        <source>Up to date</source>
        <translation>Актуальные</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="96"/>
        <source>Stale</source>
        <translation>Устаревшие</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="96"/>
        <source>Untranslated</source>
        <translation>Без перевода</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="117"/>
        <source>A translated paragraph counts as up to date once confirmed: Confirm All, or Confirm Translation in the paragraph&apos;s menu.</source>
        <translation>Переведённый абзац считается актуальным после подтверждения: «Подтвердить все» или «Подтвердить перевод» в меню абзаца.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="99"/>
        <source>Stale paragraphs (the source changed since):</source>
        <translation>Устаревшие абзацы (оригинал с тех пор изменился):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="100"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Подтвердить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="102"/>
        <source>The translation matches the source as it is now: clear the mark</source>
        <translation>Перевод соответствует оригиналу в нынешнем виде: снять пометку</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="104"/>
        <source>Confirm &amp;All</source>
        <translation>Подтвердить &amp;все</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="106"/>
        <source>Mark every translated paragraph of this edition as up to date</source>
        <translation>Отметить все переведённые абзацы этой языковой версии как актуальные</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="124"/>
        <source>A translated paragraph counts as up to date once confirmed, in its edition&apos;s window.</source>
        <translation>Переведённый абзац считается актуальным после подтверждения в окне его языковой версии.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="177"/>
        <source>{0} (source)</source>
        <translation>{0} (оригинал)</translation>
    </message>
</context>
<context>
    <name>EmbargoEdit</name>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="109"/>
        <source>Not before</source>
        <translation>Не раньше</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="110"/>
        <source>The time zone of the embargo, as its UTC offset</source>
        <translation>Часовой пояс эмбарго — смещение от UTC</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="181"/>
        <source>The embargo in the file, “{0}”, is not a date-time with its time zone: set it again.</source>
        <translation>Эмбарго в файле, «{0}», — не дата и время с часовым поясом: задайте его заново.</translation>
    </message>
</context>
<context>
    <name>ExportChecklist</name>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="132"/>
        <source>Place</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="132"/>
        <source>Problem</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="135"/>
        <source>Export anyway</source>
        <translation>Всё равно экспортировать</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="89"/>
        <source>Export %n article(s)</source>
        <translation>
            <numerusform>Экспорт %n статьи</numerusform>
            <numerusform>Экспорт %n статей</numerusform>
            <numerusform>Экспорт %n статей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="91"/>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="213"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="107"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="108"/>
        <source>Web page (.html)</source>
        <translation>Веб-страница (.html)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="109"/>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="110"/>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="111"/>
        <source>ninjs for agencies (.json)</source>
        <translation>ninjs для агентств (.json)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="112"/>
        <source>NewsML-G2 for agencies (.xml)</source>
        <translation>NewsML-G2 для агентств (.xml)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="113"/>
        <source>WordPress import, one file (.xml)</source>
        <translation>Импорт в WordPress, один файл (.xml)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="155"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="160"/>
        <source>HTML: the article alone, for a CMS</source>
        <translation>HTML: только статья, для CMS</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="164"/>
        <source>Export even with errors (no headline, quotations not in the bank)</source>
        <translation>Экспортировать, несмотря на ошибки (нет заголовка, цитат нет в банке)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="168"/>
        <source>Open comments, for a reviewer</source>
        <translation>Открытые комментарии, для рецензента</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="170"/>
        <source>Open comments: as Word comments in the DOCX, listed in the HTML</source>
        <translation>Открытые комментарии: примечания Word в DOCX, список в HTML</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="174"/>
        <source>none</source>
        <translation>не показывать</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="175"/>
        <source>last approved</source>
        <translation>последней одобренной версии</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="176"/>
        <source>first revision</source>
        <translation>первой версии</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="180"/>
        <source>revision {0}</source>
        <translation>версии {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="185"/>
        <source>Formats</source>
        <translation>Форматы</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="186"/>
        <source>Word: show changes since</source>
        <translation>Word: показать изменения с</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="187"/>
        <source>House style</source>
        <translation>Стиль издания</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="188"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="216"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="219"/>
        <source>Open Folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="238"/>
        <source>%n article(s): {0}</source>
        <translation>
            <numerusform>%n статья: {0}</numerusform>
            <numerusform>%n статьи: {0}</numerusform>
            <numerusform>%n статей: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="293"/>
        <source>Choose at least one format.</source>
        <translation>Выберите хотя бы один формат.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="298"/>
        <source>The checklist found errors: fix them, or tick “Export anyway”.</source>
        <translation>Проверка нашла ошибки: исправьте их или отметьте «Всё равно экспортировать».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="305"/>
        <source>Exporting with %n warning(s) from the checklist.</source>
        <translation>
            <numerusform>Экспорт с %n предупреждением проверки.</numerusform>
            <numerusform>Экспорт с %n предупреждениями проверки.</numerusform>
            <numerusform>Экспорт с %n предупреждениями проверки.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="324"/>
        <source>The folder {0} cannot be created. {1}</source>
        <translation>Не удаётся создать папку {0}. {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="344"/>
        <source>Nothing exported: the existing files stay.</source>
        <translation>Ничего не экспортировано: существующие файлы остались как были.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="375"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…и ещё %n файл</numerusform>
            <numerusform>…и ещё %n файла</numerusform>
            <numerusform>…и ещё %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="378"/>
        <source>Files exist</source>
        <translation>Файлы уже существуют</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="380"/>
        <source>%n file(s) of this export exist in the folder already.</source>
        <translation>
            <numerusform>%n файл этого экспорта уже есть в папке.</numerusform>
            <numerusform>%n файла этого экспорта уже есть в папке.</numerusform>
            <numerusform>%n файлов этого экспорта уже есть в папке.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="383"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="384"/>
        <source>Keep both</source>
        <translation>Оставить оба</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="437"/>
        <source>Done: %n file(s) written.</source>
        <translation>
            <numerusform>Готово: записан %n файл.</numerusform>
            <numerusform>Готово: записано %n файла.</numerusform>
            <numerusform>Готово: записано %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="445"/>
        <source>Wrote {0}</source>
        <translation>Записан: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="448"/>
        <source>Failed: {0}</source>
        <translation>Ошибка: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="559"/>
        <source>Export into folder</source>
        <translation>Папка для экспорта</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="70"/>
        <source>An article in {0} cannot move to {1}.</source>
        <translation>Статью в статусе «{0}» нельзя перевести в статус «{1}».</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="74"/>
        <source>The review data does not allow this.</source>
        <translation>Данные рецензирования этого не допускают.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="266"/>
        <source>{0} has this article open.</source>
        <translation>Эту статью сейчас открыл(а) {0}.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="255"/>
        <source>Someone else has this article open.</source>
        <translation>Эту статью сейчас открыл кто-то другой.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="82"/>
        <source>Another program changed the file after it was opened here.</source>
        <translation>Другая программа изменила файл после того, как он был открыт здесь.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="86"/>
        <source>It was saved by a newer version of Newsdesk. Update Newsdesk to open it.</source>
        <translation>Файл сохранён более новой версией Newsdesk. Обновите Newsdesk, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="90"/>
        <source>The file is damaged, or it is not a Newsdesk article.</source>
        <translation>Файл повреждён или это не статья Newsdesk.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="95"/>
        <source>You may not write in this folder.</source>
        <translation>Нет прав на запись в эту папку.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="98"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Диск заполнен. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="101"/>
        <source>The disk is read-only.</source>
        <translation>Диск доступен только для чтения.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="104"/>
        <source>A folder has this name. Choose another file name.</source>
        <translation>Папка с таким именем уже есть. Выберите другое имя файла.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="107"/>
        <source>The folder does not exist.</source>
        <translation>Папка не существует.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="108"/>
        <source>The file name is too long.</source>
        <translation>Слишком длинное имя файла.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="111"/>
        <source>The file is read-only. Save it under another name.</source>
        <translation>Файл доступен только для чтения. Сохраните его под другим именем.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="76"/>
        <source>A lock file that cannot be read says this article is open.</source>
        <translation>Файл блокировки, который не удаётся прочитать, указывает, что статья открыта.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/common/failures.py" line="58"/>
        <source>%n paragraph(s) not translated yet</source>
        <translation>
            <numerusform>%n непереведённый абзац</numerusform>
            <numerusform>%n непереведённых абзаца</numerusform>
            <numerusform>%n непереведённых абзацев</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="59"/>
        <source>The {0} edition was not exported: it has {1}. Translate them in the side-by-side view, or export anyway.</source>
        <translation>Языковая версия {0} не экспортирована: в ней {1}. Переведите их в окне «Оригинал и перевод рядом» или экспортируйте всё равно.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="118"/>
        <source>The backups folder could not be written to.</source>
        <translation>Не удалось записать в папку резервных копий.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="123"/>
        <location filename="../../editor/ui/common/failures.py" line="141"/>
        <location filename="../../editor/ui/common/failures.py" line="163"/>
        <source>The file could not be read or written.</source>
        <translation>Не удалось прочитать или записать файл.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="127"/>
        <source>The picture&apos;s file is {0} MB; an article takes pictures up to {1} MB.</source>
        <translation>Файл изображения занимает {0} МБ; в статью можно вставить изображения до {1} МБ.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="131"/>
        <source>The picture has {0} million pixels; an article takes at most {1} million.</source>
        <translation>В изображении {0} млн пикселей; в статью можно вставить не больше {1} млн.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="135"/>
        <source>The file is not a PNG, JPEG or GIF picture, or it is damaged.</source>
        <translation>Файл не является изображением PNG, JPEG или GIF или повреждён.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="144"/>
        <source>The draft is not a text Newsdesk can read.</source>
        <translation>Newsdesk не может прочитать этот черновик как текст.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="146"/>
        <source>Not in the quotation bank: {0}.</source>
        <translation>Нет в банке цитат: {0}.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="152"/>
        <source>The house style cannot be used.</source>
        <translation>Этот стиль издания нельзя использовать.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="154"/>
        <source>The article could not be prepared for export.</source>
        <translation>Не удалось подготовить статью к экспорту.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="158"/>
        <location filename="../../editor/ui/common/failures.py" line="227"/>
        <source>The file does not exist.</source>
        <translation>Файл не существует.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="160"/>
        <location filename="../../editor/ui/common/failures.py" line="228"/>
        <source>You may not read this file.</source>
        <translation>Нет прав на чтение этого файла.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="162"/>
        <location filename="../../editor/ui/common/failures.py" line="229"/>
        <source>This is a folder, not a file.</source>
        <translation>Это папка, а не файл.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/common/failures.py" line="180"/>
        <source>%n open suggestion(s)</source>
        <translation>
            <numerusform>%n открытое предложение</numerusform>
            <numerusform>%n открытых предложения</numerusform>
            <numerusform>%n открытых предложений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/common/failures.py" line="182"/>
        <source>%n unresolved comment(s)</source>
        <translation>
            <numerusform>%n нерешённый комментарий</numerusform>
            <numerusform>%n нерешённых комментария</numerusform>
            <numerusform>%n нерешённых комментариев</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="184"/>
        <source>{0} and {1}</source>
        <translation>{0} и {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="185"/>
        <source>The article cannot move to {0} while it has {1}. Accept or reject the suggestions and resolve the comments first.</source>
        <translation>Статью нельзя перевести в статус «{0}», пока в ней есть {1}. Сначала примите или отклоните предложения и закройте комментарии.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/common/failures.py" line="197"/>
        <source>%n stale paragraph(s)</source>
        <translation>
            <numerusform>%n устаревший абзац</numerusform>
            <numerusform>%n устаревших абзаца</numerusform>
            <numerusform>%n устаревших абзацев</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="198"/>
        <source>The {0} edition cannot move to {1} while it has {2}. Update or confirm them in the side-by-side view first.</source>
        <translation>Языковую версию {0} нельзя перевести в статус «{1}», пока в ней есть {2}. Сначала обновите или подтвердите их в окне «Оригинал и перевод рядом».</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="208"/>
        <source>The embargo cannot be read, so the article cannot be published. Set it again in Article › Properties.</source>
        <translation>Не удаётся прочитать эмбарго, поэтому статью нельзя опубликовать. Задайте его заново в меню «Статья › Свойства».</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="217"/>
        <source>The article is under embargo until {0} ({1} h {2} min left); it cannot be published before then.</source>
        <translation>На статью действует эмбарго до {0} (осталось {1} ч {2} мин); до этого её нельзя опубликовать.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="259"/>
        <source>{0} has had this article open on {1} since {2}.</source>
        <translation>{0} открыл(а) эту статью на компьютере {1} в {2}.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="263"/>
        <source>{0} has had this article open since {1}.</source>
        <translation>{0} открыл(а) эту статью в {1}.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="276"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="282"/>
        <source>Edition {0}: {1}</source>
        <translation>Языковая версия {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="324"/>
        <location filename="../../editor/ui/review/review_actions.py" line="526"/>
        <source>Details: {0}</source>
        <translation>Подробности: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="356"/>
        <source>Correct the ids, or tick “{0}” and export again.</source>
        <translation>Исправьте идентификаторы или отметьте «{0}» и экспортируйте снова.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="361"/>
        <source>Nothing was exported: correct it, or tick “{0}” and export again.</source>
        <translation>Ничего не экспортировано: исправьте это или отметьте «{0}» и экспортируйте снова.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="383"/>
        <source>{0}: characters a file cannot hold were changed ({1}: {2}).</source>
        <translation>{0}: изменены символы, которые файл не может содержать ({1}: {2}).</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="389"/>
        <source>{0}: exported with these quotations marked as missing: {1}.</source>
        <translation>{0}: экспортировано, отсутствующие цитаты помечены: {1}.</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="153"/>
        <source>Find and Replace</source>
        <translation>Найти и заменить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="154"/>
        <source>Match case</source>
        <translation>Учитывать регистр</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="155"/>
        <source>Whole words only</source>
        <translation>Только слова целиком</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="156"/>
        <source>Find next</source>
        <translation>Найти далее</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="157"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="158"/>
        <source>Replace all</source>
        <translation>Заменить все</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="159"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="160"/>
        <source>Find:</source>
        <translation>Найти:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="161"/>
        <source>Replace with:</source>
        <translation>Заменить на:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="248"/>
        <source>“{0}” was not found.</source>
        <translation>«{0}» не найдено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/form/find_replace.py" line="311"/>
        <source>%n replaced.</source>
        <translation>
            <numerusform>Заменено: %n.</numerusform>
            <numerusform>Заменено: %n.</numerusform>
            <numerusform>Заменено: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Genres</name>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="40"/>
        <source>Current</source>
        <translation>Новость</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="41"/>
        <source>Opinion</source>
        <translation>Мнение</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="42"/>
        <source>Analysis</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="43"/>
        <source>Background</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="44"/>
        <source>Feature</source>
        <translation>Очерк</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="45"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="46"/>
        <source>Obituary</source>
        <translation>Некролог</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="47"/>
        <source>Profile</source>
        <translation>Портрет</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="48"/>
        <source>Review</source>
        <translation>Рецензия</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/guide_dialog.py" line="66"/>
        <source>Writing in Newsdesk</source>
        <translation>Как писать в Newsdesk</translation>
    </message>
</context>
<context>
    <name>HouseStyles</name>
    <message>
        <location filename="../../editor/render/styles.py" line="23"/>
        <source>The default house style: serif text on A4, every part shown.</source>
        <translation>Стиль по умолчанию: шрифт с засечками на листе A4, все части статьи.</translation>
    </message>
    <message>
        <location filename="../../editor/render/styles.py" line="26"/>
        <source>A compact wire style: sans-serif, Letter paper, narrow margins, capitalised English labels, no metadata block.</source>
        <translation>Компактный стиль агентства: шрифт без засечек, лист Letter, узкие поля, английские подписи прописными, без блока метаданных.</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="437"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>LanguageTools</name>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="299"/>
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="300"/>
        <source>&amp;Check article</source>
        <translation>&amp;Проверить статью</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="301"/>
        <source>Fix &amp;typography</source>
        <translation>Исправить &amp;типографику</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="302"/>
        <source>Check &amp;spelling as you type</source>
        <translation>Проверять &amp;орфографию при вводе</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="303"/>
        <source>T&amp;ypography as you type</source>
        <translation>Т&amp;ипографика при вводе</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="387"/>
        <source>Fix typography</source>
        <translation>Исправление типографики</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="388"/>
        <source>The typography is right already: nothing was changed.</source>
        <translation>Типографика уже в порядке: ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="203"/>
        <source>Search the library: words, &quot;a phrase&quot;, prefix*</source>
        <translation>Поиск в библиотеке: слова, &quot;фраза&quot;, начало*</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="206"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="207"/>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="208"/>
        <source>Any author</source>
        <translation>Любой автор</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="209"/>
        <source>Any office</source>
        <translation>Любая редакция</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="210"/>
        <source>Any tag</source>
        <translation>Любой тег</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="211"/>
        <source>Any slugline</source>
        <translation>Любой слаг</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="212"/>
        <source>Any urgency</source>
        <translation>Любая срочность</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="213"/>
        <source>Any embargo</source>
        <translation>Любое эмбарго</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="217"/>
        <source>Under embargo</source>
        <translation>Под эмбарго</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="218"/>
        <source>Embargo passed</source>
        <translation>Эмбарго истекло</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="219"/>
        <source>No embargo</source>
        <translation>Без эмбарго</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="224"/>
        <source>from: any</source>
        <translation>с: не задано</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="225"/>
        <source>to: any</source>
        <translation>по: не задано</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="227"/>
        <source>Best match</source>
        <translation>По релевантности</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="228"/>
        <source>Newest</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="229"/>
        <source>Oldest</source>
        <translation>Сначала старые</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="230"/>
        <source>Headline</source>
        <translation>По заголовку</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="231"/>
        <source>Author</source>
        <translation>По автору</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="235"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="236"/>
        <location filename="../../editor/ui/library/library_pane.py" line="613"/>
        <source>Set status</source>
        <translation>Сменить статус</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="239"/>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="317"/>
        <source>The library cannot be searched: {0}</source>
        <translation>Не удаётся выполнить поиск в библиотеке: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="323"/>
        <source>%n+ article(s)</source>
        <translation>
            <numerusform>Статей: %n+</numerusform>
            <numerusform>Статей: %n+</numerusform>
            <numerusform>Статей: %n+</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="325"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n статья</numerusform>
            <numerusform>%n статьи</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="332"/>
        <source>%n file(s) could not be read</source>
        <translation>
            <numerusform>Не удалось прочитать %n файл</numerusform>
            <numerusform>Не удалось прочитать %n файла</numerusform>
            <numerusform>Не удалось прочитать %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="361"/>
        <source>Urgency {0}</source>
        <translation>Срочность {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="528"/>
        <source>The library&apos;s folders were not changed.</source>
        <translation>Папки библиотеки не изменены.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="539"/>
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>Не удалось прочитать %n файл.</numerusform>
            <numerusform>Не удалось прочитать %n файла.</numerusform>
            <numerusform>Не удалось прочитать %n файлов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="598"/>
        <source>{0} of %n article(s) were not changed.</source>
        <translation>
            <numerusform>Не изменено статей: {0} из %n.</numerusform>
            <numerusform>Не изменено статей: {0} из %n.</numerusform>
            <numerusform>Не изменено статей: {0} из %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="327"/>
        <source>Reading the library…</source>
        <translation>Чтение библиотеки…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="459"/>
        <source>Reading the library… {0} of {1}</source>
        <translation>Чтение библиотеки… {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="469"/>
        <source>The library cannot be read: {0}</source>
        <translation>Не удаётся прочитать библиотеку: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="485"/>
        <source>The library cannot be updated: {0}</source>
        <translation>Не удаётся обновить библиотеку: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="497"/>
        <source>Add folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="502"/>
        <source>Remove {0}</source>
        <translation>Убрать {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="507"/>
        <source>Add a library folder</source>
        <translation>Добавление папки в библиотеку</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="527"/>
        <source>Library folders</source>
        <translation>Папки библиотеки</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="538"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="551"/>
        <source>Exporting…</source>
        <translation>Идёт экспорт…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="579"/>
        <source>Changing the status…</source>
        <translation>Смена статуса…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="605"/>
        <source>The status of %n article(s) changed, but no backup of the previous version was kept.</source>
        <translation>
            <numerusform>Статус изменён (%n статья), но резервная копия предыдущей версии не сделана.</numerusform>
            <numerusform>Статус изменён (%n статьи), но резервная копия предыдущей версии не сделана.</numerusform>
            <numerusform>Статус изменён (%n статей), но резервная копия предыдущей версии не сделана.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="629"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../editor/ui/library/library_window.py" line="50"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../editor/ui/form/link_dialog.py" line="30"/>
        <source>Insert Link</source>
        <translation>Вставить ссылку</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/link_dialog.py" line="34"/>
        <source>The words the reader sees</source>
        <translation>Слова, которые видит читатель</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/link_dialog.py" line="40"/>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/link_dialog.py" line="41"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="251"/>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="253"/>
        <location filename="../../editor/ui/window/main_window.py" line="630"/>
        <source>Not saved yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="255"/>
        <location filename="../../editor/ui/window/main_window.py" line="630"/>
        <location filename="../../editor/ui/window/main_window.py" line="834"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="552"/>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="553"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="554"/>
        <source>&amp;Import draft…</source>
        <translation>&amp;Импорт черновика…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="555"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="556"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="557"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="558"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="559"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="560"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="561"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="562"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="563"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="564"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="565"/>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="566"/>
        <source>Paste as plain te&amp;xt</source>
        <translation>Вставить как простой &amp;текст</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="567"/>
        <source>Select &amp;All</source>
        <translation>Выделить в&amp;сё</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="568"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="569"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Заменить…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="570"/>
        <source>Se&amp;ttings…</source>
        <translation>Пара&amp;метры…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="571"/>
        <source>Insert &amp;quotation…</source>
        <translation>Вставить &amp;цитату…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="572"/>
        <source>Insert i&amp;mage…</source>
        <translation>Вставить &amp;изображение…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="573"/>
        <source>&amp;New quotation…</source>
        <translation>&amp;Новая цитата…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="574"/>
        <source>&amp;Bold	Ctrl+B</source>
        <translation>&amp;Полужирный	Ctrl+B</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="575"/>
        <source>&amp;Italic	Ctrl+I</source>
        <translation>&amp;Курсив	Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="576"/>
        <source>&amp;Link	Ctrl+K</source>
        <translation>&amp;Ссылка	Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="581"/>
        <source>&amp;Writing in Newsdesk</source>
        <translation>Как &amp;писать в Newsdesk</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="587"/>
        <source>Opening line</source>
        <translation>Вступительная строка</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="588"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="589"/>
        <source>Standfirst</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="590"/>
        <source>Sections (again: next section)</source>
        <translation>Разделы (ещё раз: следующий раздел)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="591"/>
        <source>Quotations</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="592"/>
        <source>Byline (again: article settings)</source>
        <translation>Подпись (ещё раз: свойства статьи)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="710"/>
        <source>{0} ({1} edition)</source>
        <translation>{0} (языковая версия {1})</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="730"/>
        <source>Read from the damaged file {0}.</source>
        <translation>Прочитано из повреждённого файла {0}.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="731"/>
        <source>Not read: {0}</source>
        <translation>Не прочитано: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="734"/>
        <source>Recovered from a damaged file, not saved yet (hover for details)</source>
        <translation>Восстановлено из повреждённого файла, ещё не сохранено (наведите курсор для подробностей)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1386"/>
        <source>The new quotation goes into the bank and into the text at the cursor.</source>
        <translation>Новая цитата попадёт в банк и в текст на месте курсора.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1408"/>
        <source>New quotation…</source>
        <translation>Новая цитата…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1438"/>
        <location filename="../../editor/ui/window/main_window.py" line="1454"/>
        <source>Insert image</source>
        <translation>Вставить изображение</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1439"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1455"/>
        <source>{0} was not placed in the article.</source>
        <translation>Файл {0} не вставлен в статью.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="577"/>
        <source>&amp;Library</source>
        <translation>&amp;Библиотека</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="597"/>
        <source>Search every article</source>
        <translation>Поиск по всем статьям</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="578"/>
        <source>E&amp;xpand all panes</source>
        <translation>&amp;Развернуть все панели</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="579"/>
        <source>C&amp;ollapse all panes</source>
        <translation>С&amp;вернуть все панели</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="580"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="582"/>
        <source>&amp;About Newsdesk</source>
        <translation>&amp;О программе Newsdesk</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="583"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="536"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="598"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="537"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="538"/>
        <source>&amp;Insert</source>
        <translation>Вст&amp;авка</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="539"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="584"/>
        <source>&amp;Preview</source>
        <translation>&amp;Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="599"/>
        <source>&amp;Go to</source>
        <translation>Пере&amp;ход</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="540"/>
        <source>&amp;Help</source>
        <translation>Справ&amp;ка</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="614"/>
        <location filename="../../editor/ui/window/main_window.py" line="917"/>
        <source>Unsaved changes</source>
        <translation>Есть несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="679"/>
        <source>Recovery copy failed: {0}</source>
        <translation>Не удалось записать копию для восстановления: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="686"/>
        <source>Unsaved changes (recovery copy kept)</source>
        <translation>Есть несохранённые изменения (копия для восстановления записана)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="706"/>
        <location filename="../../editor/ui/window/main_window.py" line="919"/>
        <source>Untitled article</source>
        <translation>Статья без названия</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="708"/>
        <source>{0} (read-only)</source>
        <translation>{0} (только чтение)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/main_window.py" line="721"/>
        <source>Imported with %n warning(s) (hover for details)</source>
        <translation>
            <numerusform>Импортировано с %n предупреждением (подробности — в подсказке)</numerusform>
            <numerusform>Импортировано с %n предупреждениями (подробности — в подсказке)</numerusform>
            <numerusform>Импортировано с %n предупреждениями (подробности — в подсказке)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="722"/>
        <source>Imported, not saved yet (hover for details)</source>
        <translation>Импортировано, ещё не сохранено (подробности — в подсказке)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="759"/>
        <source>Save article as</source>
        <translation>Сохранить статью как</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="759"/>
        <location filename="../../editor/ui/window/main_window.py" line="1166"/>
        <source>Newsdesk articles (*.newsdesk)</source>
        <translation>Статьи Newsdesk (*.newsdesk)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="804"/>
        <source>Not saved: changed on disk</source>
        <translation>Не сохранено: изменён на диске</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="812"/>
        <source>Save failed</source>
        <translation>Ошибка сохранения</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="813"/>
        <source>The article was not saved to {0}.</source>
        <translation>Статья не сохранена в {0}.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="831"/>
        <source>Saved without a backup</source>
        <translation>Сохранено без резервной копии</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="862"/>
        <source>Load the version on disk</source>
        <translation>Загрузить версию с диска</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="863"/>
        <source>Your changes in this window will be lost. Load the version on disk?</source>
        <translation>Изменения в этом окне будут потеряны. Загрузить версию с диска?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="886"/>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="887"/>
        <source>{0} cannot be opened.</source>
        <translation>Не удаётся открыть {0}.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="891"/>
        <source>{0}: on disk and in this window</source>
        <translation>{0}: на диске и в этом окне</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="918"/>
        <source>“{0}” has changes that are not saved. Save them before closing?</source>
        <translation>В «{0}» есть несохранённые изменения. Сохранить их перед закрытием?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1015"/>
        <source>Preview folded away (View › Preview shows it): the window is too narrow for it.</source>
        <translation>Предпросмотр скрыт (Вид › Предпросмотр покажет его): окно для него слишком узкое.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1166"/>
        <source>Open article</source>
        <translation>Открыть статью</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1176"/>
        <source>(none)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1410"/>
        <source>Insert quotation</source>
        <translation>Вставить цитату</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1410"/>
        <source>Quotation:</source>
        <translation>Цитата:</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="876"/>
        <source>A link is made of words in one paragraph, without a quotation.</source>
        <translation>Ссылку можно сделать из слов одного абзаца, без цитаты.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1020"/>
        <source>Quotation “{0}” is not in the quotation bank.</source>
        <translation>Цитаты «{0}» нет в банке цитат.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1021"/>
        <source>unknown speaker</source>
        <translation>автор неизвестен</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1024"/>
        <source>Role: {0}</source>
        <translation>Должность: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1026"/>
        <source>Date: {0}</source>
        <translation>Дата: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1029"/>
        <source>Source: {0}</source>
        <translation>Источник: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1030"/>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1030"/>
        <source>Not verified</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1031"/>
        <source>Double-click to edit it.</source>
        <translation>Дважды щёлкните, чтобы изменить её.</translation>
    </message>
</context>
<context>
    <name>MetaPane</name>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="50"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="51"/>
        <source>Comma-separated, e.g. transport, ports</source>
        <translation>Через запятую, например: транспорт, порты</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="58"/>
        <source>none</source>
        <translation>не задан</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="59"/>
        <source> words</source>
        <translation> слов</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="61"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="62"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="63"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="64"/>
        <source>Target length</source>
        <translation>Целевой объём</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="49"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="52"/>
        <source>Comments, status changes and revisions are recorded under your name. You can change it later in Settings.</source>
        <translation>Комментарии, смены статуса и версии записываются под вашим именем. Его можно изменить позже в параметрах.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="60"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="61"/>
        <source>Initials</source>
        <translation>Инициалы</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="118"/>
        <source>Settings</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="119"/>
        <source>The settings could not be saved.</source>
        <translation>Не удалось сохранить настройки.</translation>
    </message>
</context>
<context>
    <name>NewEditionDialog</name>
    <message>
        <location filename="../../editor/ui/window/new_edition_dialog.py" line="36"/>
        <source>New Edition</source>
        <translation>Новая языковая версия</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/new_edition_dialog.py" line="40"/>
        <source>An edition is the same story in another language, kept in this file. Each of its paragraphs is linked to the paragraph it translates.</source>
        <translation>Языковая версия — это тот же материал на другом языке, хранимый в этом файле. Каждый её абзац связан с абзацем, который он переводит.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/new_edition_dialog.py" line="51"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/new_edition_dialog.py" line="54"/>
        <source>&amp;Pre-fill with the source text, marked to translate</source>
        <translation>&amp;Заполнить текстом оригинала, помеченным для перевода</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/new_edition_dialog.py" line="63"/>
        <source>Create Edition</source>
        <translation>Создать языковую версию</translation>
    </message>
</context>
<context>
    <name>OpeningPane</name>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="480"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="484"/>
        <source>Opening line</source>
        <translation>Вступительная строка</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="485"/>
        <source>Optional invocation or dedication</source>
        <translation>Воззвание или посвящение (необязательно)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="487"/>
        <source>Article&apos;s language</source>
        <translation>Язык статьи</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="487"/>
        <source>Language of the opening line</source>
        <translation>Язык вступительной строки</translation>
    </message>
</context>
<context>
    <name>Outlets</name>
    <message>
        <location filename="../../editor/render/styles.py" line="220"/>
        <source>web</source>
        <translation>сайт</translation>
    </message>
    <message>
        <location filename="../../editor/render/styles.py" line="221"/>
        <source>print</source>
        <translation>печать</translation>
    </message>
    <message>
        <location filename="../../editor/render/styles.py" line="222"/>
        <source>agency</source>
        <translation>агентство</translation>
    </message>
</context>
<context>
    <name>Parts</name>
    <message>
        <location filename="../../editor/model/parts.py" line="48"/>
        <source>Opening line</source>
        <translation>Вступительная строка</translation>
    </message>
    <message>
        <location filename="../../editor/model/parts.py" line="49"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../editor/model/parts.py" line="50"/>
        <source>Standfirst</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../editor/model/parts.py" line="51"/>
        <source>Byline</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../editor/model/parts.py" line="52"/>
        <source>Section {0}</source>
        <translation>Раздел {0}</translation>
    </message>
    <message>
        <location filename="../../editor/model/parts.py" line="53"/>
        <source>Quotation {0}</source>
        <translation>Цитата {0}</translation>
    </message>
</context>
<context>
    <name>PreviewDock</name>
    <message>
        <location filename="../../editor/ui/window/preview.py" line="266"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
</context>
<context>
    <name>PreviewRenderer</name>
    <message>
        <location filename="../../editor/ui/window/preview.py" line="324"/>
        <source>Preview failed:</source>
        <translation>Ошибка предпросмотра:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/preview.py" line="211"/>
        <source>This article is too long to preview as you type: {0} characters, where the preview shows up to {1}. Export it to read it whole.</source>
        <translation>Статья слишком длинная для просмотра по ходу набора: {0} знаков, а просмотр показывает до {1}. Экспортируйте её, чтобы прочитать целиком.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="56"/>
        <source>Look in:</source>
        <translation>Перейти к:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="57"/>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="58"/>
        <source>Files of type:</source>
        <translation>Типы файлов:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="59"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="60"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="61"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="62"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="63"/>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="64"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="65"/>
        <source>Save As</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="66"/>
        <source>Directory:</source>
        <translation>Каталог:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="67"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="68"/>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="69"/>
        <source>Parent Directory</source>
        <translation>Родительский каталог</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="70"/>
        <source>Create New Folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="71"/>
        <source>List View</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="72"/>
        <source>Detail View</source>
        <translation>Подробный вид</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="73"/>
        <source>Go back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="74"/>
        <source>Go forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="75"/>
        <source>Go to the parent directory</source>
        <translation>Перейти в родительский каталог</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="76"/>
        <source>Create a New Folder</source>
        <translation>Создать новую папку</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="77"/>
        <source>Change to list view mode</source>
        <translation>Переключить в режим списка</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="78"/>
        <source>Change to detail view mode</source>
        <translation>Переключить в подробный режим</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="79"/>
        <source>Sidebar</source>
        <translation>Боковая панель</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="80"/>
        <source>Recent Places</source>
        <translation>Недавние документы</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="81"/>
        <source>My Computer</source>
        <translation>Мой компьютер</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="82"/>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="83"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Новая папка</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="84"/>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="85"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="86"/>
        <source>Show &amp;hidden files</source>
        <translation>Показать ск&amp;рытые файлы</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="87"/>
        <source>All Files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="88"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Действительно удалить «%1»?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="89"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 уже существует.
Заменить его?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="90"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="91"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="92"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="93"/>
        <source>Date Modified</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="94"/>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="46"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="47"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="48"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="49"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="50"/>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="51"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="52"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="22"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="23"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="24"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="25"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="26"/>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="27"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="28"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="26"/>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="26"/>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="32"/>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="33"/>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="34"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="38"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="39"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="40"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="41"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="42"/>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="43"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="44"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="45"/>
        <source>Copy &amp;Link Location</source>
        <translation>Скопировать &amp;адрес ссылки</translation>
    </message>
</context>
<context>
    <name>QuotationDialog</name>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="46"/>
        <source>New quotation</source>
        <translation>Новая цитата</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="48"/>
        <source>Quotation {0}</source>
        <translation>Цитата {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="62"/>
        <source>Article&apos;s language</source>
        <translation>Язык статьи</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="64"/>
        <source>The words are a translation</source>
        <translation>Текст дан в переводе</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="66"/>
        <source>Checked against the source</source>
        <translation>Сверено с источником</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="73"/>
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="74"/>
        <source>Words</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="75"/>
        <source>Speaker</source>
        <translation>Автор цитаты</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="76"/>
        <source>Speaker&apos;s role</source>
        <translation>Должность или роль</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="77"/>
        <source>Occasion</source>
        <translation>Повод</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="78"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="79"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="80"/>
        <source>Source address</source>
        <translation>Адрес источника</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="81"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="84"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="149"/>
        <source>Quotation</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="149"/>
        <source>A quotation needs its words.</source>
        <translation>У цитаты должен быть текст.</translation>
    </message>
</context>
<context>
    <name>QuotationsPane</name>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="533"/>
        <source>Quotations</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="552"/>
        <source>Speaker</source>
        <translation>Автор цитаты</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="553"/>
        <source>Words</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="554"/>
        <source>Occasion</source>
        <translation>Повод</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="555"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="556"/>
        <source>Verified</source>
        <translation>Сверено</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="557"/>
        <source>Uses</source>
        <translation>В тексте</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="534"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="535"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="536"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="537"/>
        <source>Insert into text</source>
        <translation>Вставить в текст</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="538"/>
        <source>Put the quotation at the cursor (Ctrl+Shift+Q)</source>
        <translation>Вставить цитату в позицию курсора (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="539"/>
        <source>Show next use</source>
        <translation>Следующее вхождение</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="540"/>
        <source>Filter by id, words, speaker, role, source</source>
        <translation>Фильтр: код, слова, автор, должность, источник</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="551"/>
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="560"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="561"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="563"/>
        <source>{0} ×</source>
        <translation>{0} ×</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="562"/>
        <source>unused</source>
        <translation>не используется</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="564"/>
        <source>“{0}” is used in the text but not in the bank</source>
        <translation>«{0}» есть в тексте, но нет в банке цитат</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="827"/>
        <source>Delete quotation</source>
        <translation>Удалить цитату</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/form/quotations_pane.py" line="829"/>
        <source>The quotation is used %n time(s) in the text. Delete it from the bank? The places that use it stay and are flagged as unknown.</source>
        <translation>
            <numerusform>Цитата используется в тексте %n раз. Удалить её из банка? Места, где она стоит, останутся и будут помечены как неизвестные.</numerusform>
            <numerusform>Цитата используется в тексте %n раза. Удалить её из банка? Места, где она стоит, останутся и будут помечены как неизвестные.</numerusform>
            <numerusform>Цитата используется в тексте %n раз. Удалить её из банка? Места, где она стоит, останутся и будут помечены как неизвестные.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="32"/>
        <source>Recover unsaved work</source>
        <translation>Восстановление несохранённой работы</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="36"/>
        <source>Newsdesk found work that was not saved when it last stopped. Choose what to do with each copy.</source>
        <translation>При последнем завершении Newsdesk осталась несохранённая работа. Выберите, что сделать с каждой копией.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="44"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="44"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="44"/>
        <source>Autosaved</source>
        <translation>Автосохранение</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="44"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="52"/>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="53"/>
        <source>never saved</source>
        <translation>не сохранялась</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="55"/>
        <source>{0} — damaged: {1}</source>
        <translation>{0} — повреждена: {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="61"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="63"/>
        <source>Open both (saved file and recovered copy)</source>
        <translation>Открыть обе (сохранённый файл и восстановленную копию)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="64"/>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="65"/>
        <source>Decide later</source>
        <translation>Решить позже</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../editor/ui/library/library_results.py" line="129"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_results.py" line="130"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_results.py" line="131"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_results.py" line="132"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_results.py" line="133"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="225"/>
        <source>Change the status in the Review menu</source>
        <translation>Статус меняется в меню «Рецензирование»</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="226"/>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="227"/>
        <source>Reopen for changes</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="228"/>
        <source>&amp;Review</source>
        <translation>&amp;Рецензирование</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="229"/>
        <source>Review &amp;Panel</source>
        <translation>&amp;Панель рецензирования</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="230"/>
        <source>&amp;Status</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="233"/>
        <source>Reopen for &amp;Changes</source>
        <translation>Вернуть на &amp;доработку</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="234"/>
        <source>Reviewer &amp;Mode (suggestions and comments)</source>
        <translation>&amp;Режим рецензента (предложения и комментарии)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="237"/>
        <source>Save &amp;Revision…</source>
        <translation>Сохранить &amp;версию…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="238"/>
        <source>Revisions and &amp;Compare…</source>
        <translation>Версии и &amp;сравнение…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="243"/>
        <location filename="../../editor/ui/review/review_actions.py" line="791"/>
        <source>Status: {0}</source>
        <translation>Статус: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="262"/>
        <source>{0}: the text is read-only.</source>
        <translation>{0}: текст доступен только для чтения.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="279"/>
        <source>{0} — {1}, {2}</source>
        <translation>{0} — {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="319"/>
        <location filename="../../editor/ui/review/review_actions.py" line="328"/>
        <source>Add comment</source>
        <translation>Добавить комментарий</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="319"/>
        <source>Select the words to comment on.</source>
        <translation>Выделите слова, которые хотите прокомментировать.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="328"/>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="563"/>
        <source>The file&apos;s text differs from the article&apos;s in %n place(s) without a tracked change: edits made with Track Changes off. Suggest them as {0}&apos;s, to accept or reject?</source>
        <translation>
            <numerusform>Текст файла отличается от текста статьи в %n месте без записанного исправления: правки сделаны при выключенной записи исправлений. Предложить их от имени {0}, чтобы принять или отклонить?</numerusform>
            <numerusform>Текст файла отличается от текста статьи в %n местах без записанного исправления: правки сделаны при выключенной записи исправлений. Предложить их от имени {0}, чтобы принять или отклонить?</numerusform>
            <numerusform>Текст файла отличается от текста статьи в %n местах без записанного исправления: правки сделаны при выключенной записи исправлений. Предложить их от имени {0}, чтобы принять или отклонить?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="614"/>
        <source>%n suggestion(s) from edits made without Track Changes, as {0}&apos;s.</source>
        <translation>
            <numerusform>%n предложение из правок без записи исправлений, от имени {0}.</numerusform>
            <numerusform>%n предложения из правок без записи исправлений, от имени {0}.</numerusform>
            <numerusform>%n предложений из правок без записи исправлений, от имени {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="236"/>
        <source>Comments and Changes from a Reviewed &amp;DOCX…</source>
        <translation>Комментарии и правки из проверенного &amp;DOCX…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="247"/>
        <source>{0} · Suggesting</source>
        <translation>{0} · Режим предложений</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="476"/>
        <source>Comments and changes from a reviewed DOCX</source>
        <translation>Комментарии и правки из проверенного DOCX</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="477"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="489"/>
        <location filename="../../editor/ui/review/review_actions.py" line="522"/>
        <location filename="../../editor/ui/review/review_actions.py" line="535"/>
        <location filename="../../editor/ui/review/review_actions.py" line="545"/>
        <location filename="../../editor/ui/review/review_actions.py" line="561"/>
        <source>Comments from DOCX</source>
        <translation>Комментарии из DOCX</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="490"/>
        <source>The comments could not be read from {0}.</source>
        <translation>Не удалось прочитать комментарии из {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="515"/>
        <source>%n comment(s) added, {0}, {1}.</source>
        <translation>
            <numerusform>Добавлен %n комментарий, {0}, {1}.</numerusform>
            <numerusform>Добавлено %n комментария, {0}, {1}.</numerusform>
            <numerusform>Добавлено %n комментариев, {0}, {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="516"/>
        <source>%n already there</source>
        <comment>comments</comment>
        <translation>
            <numerusform>%n уже был в статье</numerusform>
            <numerusform>%n уже были в статье</numerusform>
            <numerusform>%n уже были в статье</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="517"/>
        <source>%n kept detached</source>
        <translation>
            <numerusform>%n оставлен без привязки к тексту</numerusform>
            <numerusform>%n оставлены без привязки к тексту</numerusform>
            <numerusform>%n оставлены без привязки к тексту</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="530"/>
        <source>Some comments could not be read as Word writes them; every comment was kept, as described below.</source>
        <translation>Некоторые комментарии не удалось прочитать так, как их записывает Word; все комментарии сохранены, как описано ниже.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="547"/>
        <source>The reviewed file shows %n of the article&apos;s suggestion(s) accepted there. Accept here too?</source>
        <translation>
            <numerusform>В проверенном файле принято %n предложение статьи. Принять его и здесь?</numerusform>
            <numerusform>В проверенном файле приняты %n предложения статьи. Принять их и здесь?</numerusform>
            <numerusform>В проверенном файле принято %n предложений статьи. Принять их и здесь?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="578"/>
        <source>header</source>
        <translation>верхний колонтитул</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="579"/>
        <source>footer</source>
        <translation>нижний колонтитул</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="580"/>
        <source>footnote</source>
        <translation>сноска</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="581"/>
        <source>endnote</source>
        <translation>концевая сноска</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="582"/>
        <source>section label</source>
        <translation>заголовок раздела</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="583"/>
        <source>quotation attribution</source>
        <translation>подпись к цитате</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="584"/>
        <source>credit line</source>
        <translation>строка авторства</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="585"/>
        <source>metadata line</source>
        <translation>строка метаданных</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="589"/>
        <source>{0}: {1}</source>
        <comment>a part and how many suggestions were placed in it</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="596"/>
        <source>%n suggestion(s) placed from tracked changes, {0}.</source>
        <translation>
            <numerusform>%n предложение из записанных исправлений размещено, {0}.</numerusform>
            <numerusform>%n предложения из записанных исправлений размещены, {0}.</numerusform>
            <numerusform>%n предложений из записанных исправлений размещено, {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="597"/>
        <source>%n already there</source>
        <comment>suggestions</comment>
        <translation>
            <numerusform>%n уже было в статье</numerusform>
            <numerusform>%n уже были в статье</numerusform>
            <numerusform>%n уже были в статье</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="606"/>
        <source>%n suggestion(s) accepted here as in the reviewed file.</source>
        <translation>
            <numerusform>%n предложение принято здесь, как в проверенном файле.</numerusform>
            <numerusform>%n предложения приняты здесь, как в проверенном файле.</numerusform>
            <numerusform>%n предложений принято здесь, как в проверенном файле.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="622"/>
        <source>%n conflict(s) with another reviewer&apos;s suggestions.</source>
        <translation>
            <numerusform>%n конфликт с предложениями другого рецензента.</numerusform>
            <numerusform>%n конфликта с предложениями другого рецензента.</numerusform>
            <numerusform>%n конфликтов с предложениями другого рецензента.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="628"/>
        <source>%n change(s) not placed:</source>
        <translation>
            <numerusform>%n изменение не размещено:</numerusform>
            <numerusform>%n изменения не размещены:</numerusform>
            <numerusform>%n изменений не размещено:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="642"/>
        <source>%n place(s) where the file&apos;s text differs from the article&apos;s without a tracked change (not taken; the article keeps its words):</source>
        <translation>
            <numerusform>%n место, где текст файла отличается от текста статьи без отслеживаемого исправления (не принято; в статье остаются её слова):</numerusform>
            <numerusform>%n места, где текст файла отличается от текста статьи без отслеживаемого исправления (не приняты; в статье остаются её слова):</numerusform>
            <numerusform>%n мест, где текст файла отличается от текста статьи без отслеживаемого исправления (не приняты; в статье остаются её слова):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="668"/>
        <location filename="../../editor/ui/review/review_actions.py" line="674"/>
        <location filename="../../editor/ui/review/review_actions.py" line="684"/>
        <source>Change status</source>
        <translation>Смена статуса</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="675"/>
        <source>Note for the move to {0} (optional):</source>
        <translation>Примечание к смене статуса на «{0}» (необязательно):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="723"/>
        <source>Reopened for changes</source>
        <translation>Возвращено на доработку</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="740"/>
        <source>Save revision</source>
        <translation>Сохранить версию</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="740"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="127"/>
        <source>Review</source>
        <translation>Рецензирование</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="128"/>
        <source>Open comments</source>
        <translation>Открытые комментарии</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="128"/>
        <source>Resolved comments</source>
        <translation>Закрытые комментарии</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="128"/>
        <source>All comments</source>
        <translation>Все комментарии</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="131"/>
        <source>Comment on selection</source>
        <translation>Комментировать</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="132"/>
        <source>Reply…</source>
        <translation>Ответ…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="133"/>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="134"/>
        <location filename="../../editor/ui/review/review_panel.py" line="250"/>
        <source>Resolve</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="135"/>
        <source>No comments.</source>
        <translation>Комментариев нет.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="136"/>
        <source>Add &amp;Comment on Selection</source>
        <translation>&amp;Комментировать выделенное</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="137"/>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_panel.py" line="153"/>
        <source>Suggestions (%n)</source>
        <translation>
            <numerusform>Предложения (%n)</numerusform>
            <numerusform>Предложения (%n)</numerusform>
            <numerusform>Предложения (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="250"/>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="253"/>
        <source>resolved</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="255"/>
        <source>its text was deleted</source>
        <translation>его текст удалён</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="843"/>
        <source>Revisions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="844"/>
        <source>Inline</source>
        <translation>В тексте</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="845"/>
        <source>Side by side</source>
        <translation>Рядом</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="846"/>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="847"/>
        <source>with</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="848"/>
        <source>Restore the first</source>
        <translation>Восстановить первую</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="860"/>
        <location filename="../../editor/ui/review/review_actions.py" line="880"/>
        <source>Current text</source>
        <translation>Текущий текст</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="904"/>
        <source>No differences.</source>
        <translation>Различий нет.</translation>
    </message>
</context>
<context>
    <name>SectionActions</name>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="57"/>
        <source>Move section &amp;up</source>
        <translation>Переместить раздел &amp;вверх</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="58"/>
        <source>Move section &amp;down</source>
        <translation>Переместить раздел в&amp;низ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="59"/>
        <source>Re&amp;name section</source>
        <translation>Переи&amp;меновать раздел</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="60"/>
        <source>Re&amp;move section</source>
        <translation>&amp;Удалить раздел</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="62"/>
        <source>&amp;Section</source>
        <translation>&amp;Раздел</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="86"/>
        <source>Put the cursor in a section first.</source>
        <translation>Сначала поставьте курсор в раздел.</translation>
    </message>
</context>
<context>
    <name>SectionPane</name>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="691"/>
        <source>Section label</source>
        <translation>Метка раздела</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="692"/>
        <source>The label printed before the section</source>
        <translation>Метка, которая печатается перед разделом</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="694"/>
        <source>Add, move or remove a section</source>
        <translation>Добавить, переместить или удалить раздел</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="696"/>
        <source>Drag to move the section; right-click to add, move or remove one</source>
        <translation>Перетащите, чтобы переместить раздел; правый щелчок — добавить, переместить или удалить раздел</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="706"/>
        <source>Add section after</source>
        <translation>Добавить раздел после</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="710"/>
        <source>Move section up</source>
        <translation>Переместить раздел вверх</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="713"/>
        <source>Move section down</source>
        <translation>Переместить раздел вниз</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="716"/>
        <source>Rename section</source>
        <translation>Переименовать раздел</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="718"/>
        <source>Remove section</source>
        <translation>Удалить раздел</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="762"/>
        <source>News</source>
        <translation>Новость</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="763"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="685"/>
        <location filename="../../editor/ui/form/panes.py" line="767"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="693"/>
        <source>The section&apos;s text</source>
        <translation>Текст раздела</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="767"/>
        <source>Section: {0}</source>
        <translation>Раздел: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="772"/>
        <source>News section</source>
        <translation>Раздел новости</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="773"/>
        <source>Comment section</source>
        <translation>Раздел комментария</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="774"/>
        <source>Custom section</source>
        <translation>Свой раздел</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="60"/>
        <source>Settings</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="65"/>
        <source>Arabic and Urdu lay the whole interface out right to left</source>
        <translation>На арабском и урду весь интерфейс располагается справа налево</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="75"/>
        <source>Your full name, for bylines and comments</source>
        <translation>Ваше полное имя — для подписи и комментариев</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="83"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="97"/>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="98"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="99"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="102"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="103"/>
        <source>New articles in</source>
        <translation>Язык новых статей</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="104"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="105"/>
        <source>Your initials</source>
        <translation>Ваши инициалы</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="106"/>
        <source>Default office</source>
        <translation>Редакция по умолчанию</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="107"/>
        <source>Autosave after idle</source>
        <translation>Автосохранение после паузы</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="108"/>
        <source>Editor font</source>
        <translation>Шрифт редактора</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="109"/>
        <source>Font size</source>
        <translation>Размер шрифта</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="110"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/shortcuts_dialog.py" line="88"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/shortcuts_dialog.py" line="90"/>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/shortcuts_dialog.py" line="90"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/shortcuts_dialog.py" line="90"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>SideBySideView</name>
    <message>
        <location filename="../../editor/ui/window/side_by_side.py" line="109"/>
        <source>For reading the two side by side: you write in the edition&apos;s window.</source>
        <translation>Только для чтения рядом: писать нужно в окне языковой версии.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/side_by_side.py" line="113"/>
        <source>Side by side: {0} and {1}</source>
        <translation>Рядом: {0} и {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/side_by_side.py" line="115"/>
        <source>Side by side</source>
        <translation>Оригинал и перевод рядом</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/side_by_side.py" line="163"/>
        <source>(to translate)</source>
        <translation>(перевести)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/side_by_side.py" line="170"/>
        <source>The source paragraph changed since this was confirmed.</source>
        <translation>Абзац оригинала изменился после подтверждения перевода.</translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <location filename="../../editor/ui/language/spell_menu.py" line="82"/>
        <source>(no suggestions)</source>
        <translation>(нет вариантов)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/spell_menu.py" line="85"/>
        <source>Add “{0}” to dictionary</source>
        <translation>Добавить «{0}» в словарь</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/spell_menu.py" line="87"/>
        <source>Ignore “{0}”</source>
        <translation>Пропустить «{0}»</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/spell_menu.py" line="116"/>
        <source>Add to dictionary</source>
        <translation>Добавление в словарь</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/spell_menu.py" line="117"/>
        <source>The word was not saved in your dictionary.</source>
        <translation>Слово не сохранено в вашем словаре.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../editor/model/article.py" line="46"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../editor/model/article.py" line="47"/>
        <source>In review</source>
        <translation>На рецензии</translation>
    </message>
    <message>
        <location filename="../../editor/model/article.py" line="48"/>
        <source>Changes requested</source>
        <translation>На доработке</translation>
    </message>
    <message>
        <location filename="../../editor/model/article.py" line="49"/>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location filename="../../editor/model/article.py" line="50"/>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
</context>
<context>
    <name>SuggestionActions</name>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="161"/>
        <source>Suggest &amp;Changes</source>
        <translation>&amp;Предлагать изменения</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="162"/>
        <source>Ne&amp;xt Suggestion</source>
        <translation>С&amp;ледующее предложение</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="163"/>
        <source>Previo&amp;us Suggestion</source>
        <translation>&amp;Предыдущее предложение</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="164"/>
        <source>&amp;Accept Suggestion</source>
        <translation>Пр&amp;инять предложение</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="165"/>
        <source>Re&amp;ject Suggestion</source>
        <translation>&amp;Отклонить предложение</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="167"/>
        <source>Typing, deleting and emphasis become suggestions others accept or reject</source>
        <translation>Ввод, удаление и выделение становятся предложениями, которые другие принимают или отклоняют</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="245"/>
        <source>No suggestions to review.</source>
        <translation>Нет предложений для проверки.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="257"/>
        <source>Put the cursor on a suggestion first (F8 goes to the next one).</source>
        <translation>Сначала поставьте курсор на предложение (F8 — к следующему).</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="992"/>
        <source>Accept Suggestion</source>
        <translation>Принять предложение</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="994"/>
        <source>Reject Suggestion</source>
        <translation>Отклонить предложение</translation>
    </message>
</context>
<context>
    <name>SuggestionMarker</name>
    <message>
        <location filename="../../editor/ui/review/suggestion_marking.py" line="76"/>
        <source>unknown author</source>
        <translation>неизвестный автор</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_marking.py" line="79"/>
        <source>Inserted by {0}, {1}</source>
        <translation>Вставлено: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_marking.py" line="82"/>
        <source>Deleted by {0}, {1}</source>
        <translation>Удалено: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_marking.py" line="87"/>
        <source>Emphasis added by {0}, {1}</source>
        <translation>Выделение добавлено: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_marking.py" line="89"/>
        <source>Emphasis removed by {0}, {1}</source>
        <translation>Выделение снято: {0}, {1}</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="147"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="147"/>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="147"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="148"/>
        <source>&amp;Accept</source>
        <translation>При&amp;нять</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="149"/>
        <source>Accept the selected suggestion (Enter)</source>
        <translation>Принять выбранное предложение (Enter)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="150"/>
        <source>&amp;Reject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="151"/>
        <source>Reject the selected suggestion (Delete)</source>
        <translation>Отклонить выбранное предложение (Delete)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="152"/>
        <source>Accept all</source>
        <translation>Принять все</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="153"/>
        <source>Reject all</source>
        <translation>Отклонить все</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="154"/>
        <source>Accept all by…</source>
        <translation>Принять все от…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="155"/>
        <source>Reject all by…</source>
        <translation>Отклонить все от…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="156"/>
        <source>No suggestions.</source>
        <translation>Предложений нет.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="259"/>
        <source>Insert “{0}”</source>
        <translation>Вставка «{0}»</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="260"/>
        <source>Delete “{0}”</source>
        <translation>Удаление «{0}»</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="261"/>
        <source>Replace “{0}” with “{1}”</source>
        <translation>Замена «{0}» на «{1}»</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="262"/>
        <source>Bold “{0}”</source>
        <translation>Полужирный для «{0}»</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="263"/>
        <source>Remove bold from “{0}”</source>
        <translation>Снятие полужирного с «{0}»</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="264"/>
        <source>Italicise “{0}”</source>
        <translation>Курсив для «{0}»</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="265"/>
        <source>Remove italics from “{0}”</source>
        <translation>Снятие курсива с «{0}»</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="266"/>
        <source>Strike through “{0}”</source>
        <translation>Зачёркивание «{0}»</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="267"/>
        <source>Remove strikethrough from “{0}”</source>
        <translation>Снятие зачёркивания с «{0}»</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="268"/>
        <source>Change the emphasis of “{0}”</source>
        <translation>Изменение выделения «{0}»</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="321"/>
        <source>In conflict with a suggestion by {0}</source>
        <translation>Конфликтует с предложением, автор: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="329"/>
        <source>From {0}</source>
        <translation>Источник: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="372"/>
        <source>Accept all by {0}</source>
        <translation>Принять все: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="373"/>
        <source>Reject all by {0}</source>
        <translation>Отклонить все: {0}</translation>
    </message>
</context>
<context>
    <name>TextBox</name>
    <message>
        <location filename="../../editor/ui/form/text_box.py" line="362"/>
        <source>This text is too long to edit here: the first {0} of its {1} characters are shown. The rest is kept and saved unchanged.</source>
        <translation>Этот текст слишком длинный для правки здесь: показаны первые {0} из {1} знаков. Остальное сохраняется без изменений.</translation>
    </message>
</context>
<context>
    <name>UiLanguageCombo</name>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="32"/>
        <source>System</source>
        <translation>Как в системе</translation>
    </message>
</context>
<context>
    <name>WordCounter</name>
    <message>
        <location filename="../../editor/ui/window/status.py" line="118"/>
        <source>Opening line: {0}</source>
        <translation>Вступительная строка: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/status.py" line="123"/>
        <source>Headline: {0}</source>
        <translation>Заголовок: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/status.py" line="126"/>
        <source>Standfirst: {0}</source>
        <translation>Лид: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/status.py" line="140"/>
        <source>{0}: {1}</source>
        <comment>a section&apos;s name, then its word count</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/status.py" line="146"/>
        <source>Total {0} of %n word(s)</source>
        <translation>
            <numerusform>Всего слов: {0} из %n</numerusform>
            <numerusform>Всего слов: {0} из %n</numerusform>
            <numerusform>Всего слов: {0} из %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/status.py" line="148"/>
        <source>Total %n word(s)</source>
        <translation>
            <numerusform>Всего слов: %n</numerusform>
            <numerusform>Всего слов: %n</numerusform>
            <numerusform>Всего слов: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="120"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="182"/>
        <location filename="../../editor/ui/window/workspace.py" line="466"/>
        <location filename="../../editor/ui/window/workspace.py" line="487"/>
        <source>File in use</source>
        <translation>Файл занят</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="400"/>
        <source>Cannot open the article</source>
        <translation>Не удаётся открыть статью</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="121"/>
        <source>The library cannot be opened.</source>
        <translation>Не удалось открыть библиотеку.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="183"/>
        <source>{0} cannot be saved: save it under another name.</source>
        <translation>{0} нельзя сохранить: сохраните под другим именем.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="401"/>
        <location filename="../../editor/ui/window/workspace.py" line="467"/>
        <source>{0} cannot be opened.</source>
        <translation>Не удалось открыть {0}.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="425"/>
        <source>Not read (shown empty, or left out):
{0}</source>
        <translation>Не прочитано (показано пустым или опущено):
{0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="427"/>
        <source>Every part of the article could be read.</source>
        <translation>Все части статьи удалось прочитать.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="432"/>
        <source>{0} is damaged.</source>
        <translation>Файл {0} повреждён.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="434"/>
        <source>Newsdesk can open what it still holds as a new article, not saved yet; the damaged file stays as it is.</source>
        <translation>Newsdesk может открыть то, что в нём уцелело, как новую, ещё не сохранённую статью; повреждённый файл останется как есть.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="441"/>
        <source>Damaged article</source>
        <translation>Повреждённая статья</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="445"/>
        <source>Open What Can Be Read</source>
        <translation>Открыть то, что читается</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="488"/>
        <source>{0} is in use.</source>
        <translation>{0} уже открыт.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="490"/>
        <source>You can open it read-only, and save your changes under another name.</source>
        <translation>Можно открыть статью только для чтения и сохранить изменения под другим именем.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="492"/>
        <source>Open read-only</source>
        <translation>Открыть для чтения</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="496"/>
        <source>Take over the lock</source>
        <translation>Забрать блокировку</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="604"/>
        <source>Import draft</source>
        <translation>Импорт черновика</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="605"/>
        <source>Drafts (*.txt *.md *.markdown *.docx)</source>
        <translation>Черновики (*.txt *.md *.markdown *.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="614"/>
        <source>Import failed</source>
        <translation>Ошибка импорта</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="615"/>
        <source>The draft could not be imported.</source>
        <translation>Не удалось импортировать черновик.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="675"/>
        <source>The recovery copy cannot be read.</source>
        <translation>Не удалось прочитать копию для восстановления.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="717"/>
        <source>The settings could not be saved.</source>
        <translation>Не удалось сохранить настройки.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="674"/>
        <source>Cannot restore</source>
        <translation>Не удаётся восстановить</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="716"/>
        <source>Settings</source>
        <translation>Параметры</translation>
    </message>
</context>
</TS>
