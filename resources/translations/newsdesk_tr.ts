<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="82"/>
        <source>About Newsdesk</source>
        <translation>Newsdesk Hakkında</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="84"/>
        <source>Version {0}</source>
        <translation>Sürüm {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="86"/>
        <source>An offline desktop editor for news-plus-commentary articles.</source>
        <translation>Haber ve yorum makaleleri için çevrimdışı çalışan bir masaüstü düzenleyici.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="89"/>
        <source>Newsdesk is free software: you can share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.</source>
        <translation>Newsdesk özgür bir yazılımdır: GNU Genel Kamu Lisansı&apos;nın (GNU GPL) 3. sürümünün ya da (tercihinize göre) daha sonraki herhangi bir sürümünün koşulları altında paylaşabilir ve değiştirebilirsiniz. Hiçbir garantisi yoktur.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="93"/>
        <source>Uses Qt {0}, PySide6 {1} and Python {2}.</source>
        <translation>Qt {0}, PySide6 {1} ve Python {2} ile çalışıyor.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="96"/>
        <source>Where Newsdesk keeps your files:</source>
        <translation>Newsdesk dosyalarınızı şu klasörlerde tutar:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="99"/>
        <source>Settings:</source>
        <translation>Ayarlar:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="100"/>
        <source>Backups and personal dictionary:</source>
        <translation>Yedekler ve kişisel sözlük:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="101"/>
        <source>Recovery copies:</source>
        <translation>Kurtarma kopyaları:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="102"/>
        <source>Library index (cache):</source>
        <translation>Arşiv dizini (önbellek):</translation>
    </message>
</context>
<context>
    <name>ArticleForm</name>
    <message>
        <location filename="../../editor/ui/form/article_form.py" line="209"/>
        <source>Headline</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/article_form.py" line="210"/>
        <source>The headline, often a question</source>
        <translation>Başlık, çoğu zaman bir soru</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/article_form.py" line="211"/>
        <source>Standfirst</source>
        <translation>Spot</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/article_form.py" line="212"/>
        <source>Optional one-paragraph summary</source>
        <translation>İsteğe bağlı, tek paragraflık özet</translation>
    </message>
</context>
<context>
    <name>ArticlePropertiesDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="305"/>
        <source>Article properties</source>
        <translation>Makale özellikleri</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="307"/>
        <source>Desk</source>
        <translation>Haber masası</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="307"/>
        <source>Genres</source>
        <translation>Türler</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="307"/>
        <source>Corrections</source>
        <translation>Düzeltmeler</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="311"/>
        <source>Slugline</source>
        <translation>Kısa ad</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="312"/>
        <source>Urgency</source>
        <translation>Aciliyet</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="313"/>
        <source>Embargo</source>
        <translation>Ambargo</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="314"/>
        <source>Editor&apos;s note (not exported)</source>
        <translation>Editör notu (dışa aktarılmaz)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="315"/>
        <source>Subjects</source>
        <translation>Konular</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="316"/>
        <source>Sign-off</source>
        <translation>Kapanış imzası</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="317"/>
        <source>Copyright holder</source>
        <translation>Telif hakkı sahibi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="318"/>
        <source>Usage terms</source>
        <translation>Kullanım koşulları</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="325"/>
        <source>A short name for the story, e.g. port-reopens</source>
        <translation>Haberin kısa adı, ör. liman-açıldı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="327"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="328"/>
        <source>IPTC&apos;s scale: 1 most urgent, 9 least</source>
        <translation>IPTC ölçeği: 1 en acil, 9 en az acil</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="329"/>
        <source>For the desk only; never exported to readers</source>
        <translation>Yalnızca haber masası için; okurlara hiçbir zaman aktarılmaz</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="331"/>
        <source>Comma-separated: IPTC Media Topic codes (medtop:…) or names</source>
        <translation>Virgülle ayrılmış: IPTC Media Topic kodları (medtop:…) ya da adlar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="338"/>
        <source>As its kind: {0}</source>
        <translation>Bölüm türüne göre: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="340"/>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="346"/>
        <source>The article has no sections.</source>
        <translation>Makalede bölüm yok.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="348"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="348"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="348"/>
        <source>What was corrected</source>
        <translation>Düzeltilen</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="355"/>
        <source>&amp;Add correction</source>
        <translation>Düzeltme &amp;ekle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="356"/>
        <source>&amp;Remove</source>
        <translation>&amp;Kaldır</translation>
    </message>
</context>
<context>
    <name>BylinePane</name>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="819"/>
        <source>Byline</source>
        <translation>İmza</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="820"/>
        <source>e.g. 2026-10-04</source>
        <translation>ör. 2026-10-04</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="822"/>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="823"/>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="824"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="825"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="826"/>
        <source>Credit line</source>
        <translation>İmza satırı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="875"/>
        <source>(no credit line: author and office empty)</source>
        <translation>(imza satırı yok: yazar ve büro boş)</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../editor/model/validate.py" line="23"/>
        <source>The headline is empty.</source>
        <translation>Başlık boş.</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="24"/>
        <source>The section {0} is empty.</source>
        <translation>{0} bölümü boş.</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="25"/>
        <source>The quotation {0} is not in the quotation bank.</source>
        <translation>{0} alıntısı alıntı bankasında yok.</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="28"/>
        <source>Two quotations share the id {0}.</source>
        <translation>İki alıntının kimliği aynı: {0}.</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="29"/>
        <source>The quotation has no words.</source>
        <translation>Alıntının metni yok.</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="30"/>
        <source>The quotation has no speaker.</source>
        <translation>Alıntının konuşanı yok.</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="31"/>
        <source>The quotation is not used in any section.</source>
        <translation>Alıntı hiçbir bölümde kullanılmıyor.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="73"/>
        <source>The quotation has no date.</source>
        <translation>Alıntının tarihi yok.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="74"/>
        <source>The quotation has no source.</source>
        <translation>Alıntının kaynağı yok.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="75"/>
        <source>The quotation is in the text but not marked as checked against its source.</source>
        <translation>Alıntı metinde var ama kaynağıyla karşılaştırıldı olarak işaretlenmemiş.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="78"/>
        <source>An open comment by {0}: “{1}”.</source>
        <translation>{0} adlı kişinin açık yorumu: “{1}”.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="79"/>
        <source>A suggestion by {0} is neither accepted nor rejected (“{1}” → “{2}”); a DOCX shows it as a tracked change.</source>
        <translation>{0} adlı kişinin önerisi ne kabul ne de reddedildi (“{1}” → “{2}”); DOCX bunu izlenen değişiklik olarak gösterir.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="84"/>
        <source>The headline has {0} characters; the house style allows {1}.</source>
        <translation>Başlık {0} karakter; yayın stili en çok {1} karaktere izin veriyor.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="87"/>
        <source>The credit line has no author.</source>
        <translation>İmza satırında yazar yok.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="88"/>
        <source>The credit line has no office.</source>
        <translation>İmza satırında büro yok.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="89"/>
        <source>An invisible direction control character ({0}) is in the text; it can reorder what readers see.</source>
        <translation>Metinde görünmeyen bir yön denetim karakteri ({0}) var; okurların gördüğü sırayı değiştirebilir.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="94"/>
        <source>{0} spaces in a row between words.</source>
        <translation>Sözcükler arasında art arda {0} boşluk.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="95"/>
        <source>Arabic and Persian forms of a letter are mixed in this text ({0} {1}×, {2} {3}×); use one form.</source>
        <translation>Bu metinde bir harfin Arapça ve Farsça biçimleri karışmış ({0} {1}×, {2} {3}×); tek biçim kullanın.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="100"/>
        <source>The closing mark {0} has no opening mark before it.</source>
        <translation>{0} kapanış işaretinden önce açılış işareti yok.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="101"/>
        <source>A straight quotation mark (&quot;) has no partner in this paragraph.</source>
        <translation>Düz tırnak işaretinin (&quot;) bu paragrafta eşi yok.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="104"/>
        <source>The opening mark {0} is never closed (no {1} after it in this paragraph).</source>
        <translation>{0} açılış işareti kapanmamış (bu paragrafta ardından {1} yok).</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="107"/>
        <source>Unknown word “{0}” ({1}).</source>
        <translation>Bilinmeyen sözcük “{0}” ({1}).</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="108"/>
        <source>A paragraph of {0} words; readers lose their way past {1}: split it.</source>
        <translation>{0} kelimelik bir paragraf; okur {1} kelimeden sonra yolunu kaybeder: bölün.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="111"/>
        <source>The image {0} is not in the article: its words are exported instead.</source>
        <translation>{0} resmi makalede yok: yerine sözcükleri dışa aktarılır.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="114"/>
        <source>The image {0} is not a PNG, JPEG or GIF picture: its words are exported instead.</source>
        <translation>{0} resmi bir PNG, JPEG veya GIF resmi değil: yerine sözcükleri dışa aktarılır.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="118"/>
        <source>The image {0} is on the web and is not fetched: it is exported as a link.</source>
        <translation>{0} resmi web&apos;de ve indirilmez: bağlantı olarak dışa aktarılır.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="121"/>
        <source>Under embargo until {0}: {1} h {2} min left. It cannot be published before.</source>
        <translation>{0} tarihine kadar ambargolu: {1} sa {2} dk kaldı. Bu tarihten önce yayımlanamaz.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="124"/>
        <source>The embargo “{0}” is not a date-time with its time zone (e.g. 2026-12-08T06:00+03:00); the article cannot be published until it is set again.</source>
        <translation>“{0}” ambargosu saat dilimiyle birlikte bir tarih ve saat değil (ör. 2026-12-08T06:00+03:00); yeniden ayarlanana kadar makale yayımlanamaz.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="129"/>
        <source>The source of this paragraph changed after its translation was confirmed: {0}</source>
        <translation>Bu paragrafın kaynağı, çevirisi teyit edildikten sonra değişti: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="133"/>
        <source>This paragraph is not translated yet (or not confirmed); the source reads: “{0}”.</source>
        <translation>Bu paragraf henüz çevrilmedi (ya da çevirisi teyit edilmedi); kaynak metin: “{0}”.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="74"/>
        <source>Checklist</source>
        <translation>Denetim listesi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="75"/>
        <source>Spelling</source>
        <translation>Yazım</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="76"/>
        <source>Check again</source>
        <translation>Yeniden denetle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="77"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="77"/>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="210"/>
        <source>{0}, paragraph {1}</source>
        <translation>{0}, {1}. paragraf</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="235"/>
        <source>Nothing found: ready to export.</source>
        <translation>Sorun bulunmadı: dışa aktarmaya hazır.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/checklist_panel.py" line="242"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n hata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/checklist_panel.py" line="243"/>
        <source>%n problem(s) ({0})</source>
        <translation>
            <numerusform>%n sorun ({0})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <location filename="../../editor/ui/form/chips.py" line="254"/>
        <source>Missing quotation “{0}”</source>
        <translation>Eksik alıntı “{0}”</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="51"/>
        <source>Correction</source>
        <translation>Düzeltme</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="52"/>
        <source>Clarification</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="53"/>
        <source>Retraction</source>
        <translation>Geri çekme</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="141"/>
        <source>&amp;Article</source>
        <translation>&amp;Makale</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="142"/>
        <source>&amp;Properties…</source>
        <translation>Ö&amp;zellikler…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="143"/>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="145"/>
        <source>Slugline, urgency, embargo, genres, corrections and the desk&apos;s other fields</source>
        <translation>Kısa ad, aciliyet, ambargo, türler, düzeltmeler ve haber masasının diğer alanları</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="147"/>
        <source>The outlet whose length targets are shown</source>
        <translation>Hedef uzunlukları gösterilen yayın kanalı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="204"/>
        <source>Embargo: {0} h {1} min left</source>
        <translation>Ambargo: {0} sa {1} dk kaldı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="209"/>
        <source>Embargo cannot be read</source>
        <translation>Ambargo okunamıyor</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/desk_actions.py" line="265"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n dk okuma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/desk_actions.py" line="275"/>
        <source>{0} / %n word(s)</source>
        <translation>
            <numerusform>{0} / %n sözcük</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/desk_actions.py" line="278"/>
        <source>{0} / %n character(s)</source>
        <translation>
            <numerusform>{0} / %n karakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/desk_actions.py" line="281"/>
        <source>{0} / %n line(s)</source>
        <translation>
            <numerusform>{0} / %n satır</numerusform>
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
        <translation>Otomatik</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="386"/>
        <source>Left to right</source>
        <translation>Soldan sağa</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="387"/>
        <source>Right to left</source>
        <translation>Sağdan sola</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="393"/>
        <source>How the paragraphs of this part are laid out</source>
        <translation>Bu bölümdeki paragrafların yazım yönü</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="402"/>
        <source>Direction</source>
        <translation>Yön</translation>
    </message>
</context>
<context>
    <name>DiskWatch</name>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="109"/>
        <source>Load the version on disk</source>
        <translation>Diskteki sürümü yükle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="110"/>
        <source>Compare</source>
        <translation>Karşılaştır</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="111"/>
        <location filename="../../editor/ui/window/disk_watch.py" line="292"/>
        <source>Save a copy…</source>
        <translation>Kopya kaydet…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="112"/>
        <source>Keep editing</source>
        <translation>Düzenlemeye devam et</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="224"/>
        <source>“{0}” was deleted or moved by another program. Save to write it again.</source>
        <translation>“{0}” başka bir program tarafından silindi ya da taşındı. Yeniden yazmak için kaydedin.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="226"/>
        <source>“{0}” was changed by another program since you opened it.</source>
        <translation>“{0}”, siz açtıktan sonra başka bir program tarafından değiştirildi.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="246"/>
        <source>Saved, but no backup of the previous version was kept. {0}</source>
        <translation>Kaydedildi, ancak önceki sürümün yedeği alınamadı. {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="280"/>
        <source>Changed on disk</source>
        <translation>Diskte değişti</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="282"/>
        <source>“{0}” was changed by another program since you opened it. Saving now would replace those changes with your text.</source>
        <translation>“{0}”, siz açtıktan sonra başka bir program tarafından değiştirildi. Şimdi kaydetmek bu değişikliklerin yerine sizin metninizi yazar.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="289"/>
        <source>Save your text as a copy to keep both versions.</source>
        <translation>İki sürümü de korumak için metninizi kopya olarak kaydedin.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="295"/>
        <source>Replace the version on disk</source>
        <translation>Diskteki sürümün yerine yaz</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="324"/>
        <source>Deleted: only on disk. Inserted: only in this window.</source>
        <translation>Silinen: yalnızca diskte. Eklenen: yalnızca bu pencerede.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="337"/>
        <source>No differences.</source>
        <translation>Fark yok.</translation>
    </message>
</context>
<context>
    <name>EditionsController</name>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="186"/>
        <source>New &amp;Edition…</source>
        <translation>Yeni di&amp;l sürümü…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="188"/>
        <source>Add a translation of this article, kept in its file</source>
        <translation>Bu makalenin kendi dosyasında saklanan bir çevirisini ekle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="190"/>
        <source>E&amp;dition</source>
        <translation>Dil &amp;sürümü</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="191"/>
        <source>&amp;Next Edition</source>
        <translation>&amp;Sonraki dil sürümü</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="192"/>
        <source>&amp;Side by Side</source>
        <translation>&amp;Yan yana</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="193"/>
        <source>&amp;Confirm Translation</source>
        <translation>Çeviriyi &amp;teyit et</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="195"/>
        <source>Editions &amp;List</source>
        <translation>Dil sürümleri &amp;listesi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="245"/>
        <source>{0} (source)</source>
        <translation>{0} (kaynak)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="382"/>
        <source>New Edition</source>
        <translation>Yeni dil sürümü</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="383"/>
        <source>No edition in {0} was made.</source>
        <translation>{0} dil sürümü oluşturulmadı.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="594"/>
        <source>Confirm Translation</source>
        <translation>Çeviriyi teyit et</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="613"/>
        <source>The source changed since this paragraph was confirmed:</source>
        <translation>Bu paragraf teyit edildikten sonra kaynak değişti:</translation>
    </message>
</context>
<context>
    <name>EditionsDock</name>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="94"/>
        <source>Editions</source>
        <translation>Dil sürümleri</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="96"/>
        <source>Edition</source>
        <translation>Dil sürümü</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="96"/>
        <source>Up to date</source>
        <translation>Güncel</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="96"/>
        <source>Stale</source>
        <translation>Eskimiş</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="96"/>
        <source>Untranslated</source>
        <translation>Çevrilmemiş</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="117"/>
        <source>A translated paragraph counts as up to date once confirmed: Confirm All, or Confirm Translation in the paragraph&apos;s menu.</source>
        <translation>Çevrilen bir paragraf teyit edildiğinde güncel sayılır: “Tümünü teyit et” ya da paragrafın menüsündeki “Çeviriyi teyit et”.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="99"/>
        <source>Stale paragraphs (the source changed since):</source>
        <translation>Eskimiş paragraflar (kaynak o zamandan beri değişti):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="100"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Teyit et</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="102"/>
        <source>The translation matches the source as it is now: clear the mark</source>
        <translation>Çeviri kaynağın şimdiki hâliyle örtüşüyor: işareti kaldır</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="104"/>
        <source>Confirm &amp;All</source>
        <translation>Tü&amp;münü teyit et</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="106"/>
        <source>Mark every translated paragraph of this edition as up to date</source>
        <translation>Bu dil sürümündeki çevrilmiş her paragrafı güncel olarak işaretle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="124"/>
        <source>A translated paragraph counts as up to date once confirmed, in its edition&apos;s window.</source>
        <translation>Çevrilen bir paragraf, dil sürümünün penceresinde teyit edildiğinde güncel sayılır.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="177"/>
        <source>{0} (source)</source>
        <translation>{0} (kaynak)</translation>
    </message>
</context>
<context>
    <name>EmbargoEdit</name>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="109"/>
        <source>Not before</source>
        <translation>Şu tarihten önce değil</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="110"/>
        <source>The time zone of the embargo, as its UTC offset</source>
        <translation>Ambargonun saat dilimi, UTC farkı olarak</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="181"/>
        <source>The embargo in the file, “{0}”, is not a date-time with its time zone: set it again.</source>
        <translation>Dosyadaki “{0}” ambargosu saat dilimiyle birlikte bir tarih ve saat değil: yeniden ayarlayın.</translation>
    </message>
</context>
<context>
    <name>ExportChecklist</name>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="132"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="132"/>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="135"/>
        <source>Export anyway</source>
        <translation>Yine de dışa aktar</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="89"/>
        <source>Export %n article(s)</source>
        <translation>
            <numerusform>%n makaleyi dışa aktar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="91"/>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="213"/>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="107"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="108"/>
        <source>Web page (.html)</source>
        <translation>Web sayfası (.html)</translation>
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
        <translation>Ajanslar için ninjs (.json)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="112"/>
        <source>NewsML-G2 for agencies (.xml)</source>
        <translation>Ajanslar için NewsML-G2 (.xml)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="113"/>
        <source>WordPress import, one file (.xml)</source>
        <translation>WordPress içe aktarımı, tek dosya (.xml)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="155"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="160"/>
        <source>HTML: the article alone, for a CMS</source>
        <translation>HTML: yalnızca makale (CMS için)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="164"/>
        <source>Export even with errors (no headline, quotations not in the bank)</source>
        <translation>Hatalara rağmen dışa aktar (başlık yok, bankada olmayan alıntılar)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="168"/>
        <source>Open comments, for a reviewer</source>
        <translation>Açık yorumlar, gözden geçiren için</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="170"/>
        <source>Open comments: as Word comments in the DOCX, listed in the HTML</source>
        <translation>Açık yorumlar: DOCX&apos;te Word yorumları olarak, HTML&apos;de liste halinde</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="174"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="175"/>
        <source>last approved</source>
        <translation>son onaylanan sürüm</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="176"/>
        <source>first revision</source>
        <translation>ilk sürüm</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="180"/>
        <source>revision {0}</source>
        <translation>{0}. sürüm</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="185"/>
        <source>Formats</source>
        <translation>Biçimler</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="186"/>
        <source>Word: show changes since</source>
        <translation>Word: değişikliklerin başlangıcı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="187"/>
        <source>House style</source>
        <translation>Kurum stili</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="188"/>
        <source>Folder</source>
        <translation>Klasör</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="216"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="219"/>
        <source>Open Folder</source>
        <translation>Klasörü aç</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="238"/>
        <source>%n article(s): {0}</source>
        <translation>
            <numerusform>%n makale: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="293"/>
        <source>Choose at least one format.</source>
        <translation>En az bir biçim seçin.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="298"/>
        <source>The checklist found errors: fix them, or tick “Export anyway”.</source>
        <translation>Denetim listesi hatalar buldu: düzeltin ya da “Yine de dışa aktar” seçeneğini işaretleyin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="305"/>
        <source>Exporting with %n warning(s) from the checklist.</source>
        <translation>
            <numerusform>Denetim listesinden %n uyarıyla dışa aktarılıyor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="324"/>
        <source>The folder {0} cannot be created. {1}</source>
        <translation>{0} klasörü oluşturulamıyor. {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="344"/>
        <source>Nothing exported: the existing files stay.</source>
        <translation>Hiçbir şey dışa aktarılmadı: mevcut dosyalar olduğu gibi kalıyor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="375"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…ve %n dosya daha</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="378"/>
        <source>Files exist</source>
        <translation>Dosyalar zaten var</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="380"/>
        <source>%n file(s) of this export exist in the folder already.</source>
        <translation>
            <numerusform>Bu dışa aktarımın %n dosyası klasörde zaten var.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="383"/>
        <source>Replace</source>
        <translation>Üzerine yaz</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="384"/>
        <source>Keep both</source>
        <translation>İkisini de koru</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="437"/>
        <source>Done: %n file(s) written.</source>
        <translation>
            <numerusform>Tamamlandı: %n dosya yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="445"/>
        <source>Wrote {0}</source>
        <translation>Yazıldı: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="448"/>
        <source>Failed: {0}</source>
        <translation>Başarısız: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="559"/>
        <source>Export into folder</source>
        <translation>Dışa aktarılacak klasör</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="70"/>
        <source>An article in {0} cannot move to {1}.</source>
        <translation>“{0}” durumundaki bir makale “{1}” durumuna geçirilemez.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="74"/>
        <source>The review data does not allow this.</source>
        <translation>İnceleme verileri buna izin vermiyor.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="266"/>
        <source>{0} has this article open.</source>
        <translation>Bu makale şu anda {0} tarafından açık.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="255"/>
        <source>Someone else has this article open.</source>
        <translation>Bu makale şu anda başka birinde açık.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="82"/>
        <source>Another program changed the file after it was opened here.</source>
        <translation>Dosya burada açıldıktan sonra başka bir program tarafından değiştirildi.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="86"/>
        <source>It was saved by a newer version of Newsdesk. Update Newsdesk to open it.</source>
        <translation>Dosya Newsdesk&apos;in daha yeni bir sürümüyle kaydedilmiş. Açmak için Newsdesk&apos;i güncelleyin.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="90"/>
        <source>The file is damaged, or it is not a Newsdesk article.</source>
        <translation>Dosya bozuk ya da bir Newsdesk makalesi değil.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="95"/>
        <source>You may not write in this folder.</source>
        <translation>Bu klasöre yazma izniniz yok.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="98"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Disk dolu. Biraz yer açıp yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="101"/>
        <source>The disk is read-only.</source>
        <translation>Disk salt okunur.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="104"/>
        <source>A folder has this name. Choose another file name.</source>
        <translation>Bu adda bir klasör var. Başka bir dosya adı seçin.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="107"/>
        <source>The folder does not exist.</source>
        <translation>Klasör yok.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="108"/>
        <source>The file name is too long.</source>
        <translation>Dosya adı çok uzun.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="111"/>
        <source>The file is read-only. Save it under another name.</source>
        <translation>Dosya salt okunur. Başka bir adla kaydedin.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="76"/>
        <source>A lock file that cannot be read says this article is open.</source>
        <translation>Okunamayan bir kilit dosyası bu makalenin açık olduğunu gösteriyor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/common/failures.py" line="58"/>
        <source>%n paragraph(s) not translated yet</source>
        <translation>
            <numerusform>henüz çevrilmemiş %n paragraf</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="59"/>
        <source>The {0} edition was not exported: it has {1}. Translate them in the side-by-side view, or export anyway.</source>
        <translation>{0} dil sürümü dışa aktarılmadı: {1} var. Bunları yan yana görünümde çevirin ya da yine de dışa aktarın.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="118"/>
        <source>The backups folder could not be written to.</source>
        <translation>Yedekler klasörüne yazılamadı.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="123"/>
        <location filename="../../editor/ui/common/failures.py" line="141"/>
        <location filename="../../editor/ui/common/failures.py" line="163"/>
        <source>The file could not be read or written.</source>
        <translation>Dosya okunamadı ya da yazılamadı.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="127"/>
        <source>The picture&apos;s file is {0} MB; an article takes pictures up to {1} MB.</source>
        <translation>Resim dosyası {0} MB; bir makaleye en fazla {1} MB resim eklenebilir.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="131"/>
        <source>The picture has {0} million pixels; an article takes at most {1} million.</source>
        <translation>Resimde {0} milyon piksel var; bir makaleye en fazla {1} milyon eklenebilir.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="135"/>
        <source>The file is not a PNG, JPEG or GIF picture, or it is damaged.</source>
        <translation>Dosya bir PNG, JPEG veya GIF resmi değil ya da bozuk.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="144"/>
        <source>The draft is not a text Newsdesk can read.</source>
        <translation>Taslak, Newsdesk&apos;in okuyabileceği bir metin değil.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="146"/>
        <source>Not in the quotation bank: {0}.</source>
        <translation>Alıntı bankasında yok: {0}.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="152"/>
        <source>The house style cannot be used.</source>
        <translation>Bu kurum stili kullanılamıyor.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="154"/>
        <source>The article could not be prepared for export.</source>
        <translation>Makale dışa aktarım için hazırlanamadı.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="158"/>
        <location filename="../../editor/ui/common/failures.py" line="227"/>
        <source>The file does not exist.</source>
        <translation>Dosya yok.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="160"/>
        <location filename="../../editor/ui/common/failures.py" line="228"/>
        <source>You may not read this file.</source>
        <translation>Bu dosyayı okuma izniniz yok.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="162"/>
        <location filename="../../editor/ui/common/failures.py" line="229"/>
        <source>This is a folder, not a file.</source>
        <translation>Bu bir klasör, dosya değil.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/common/failures.py" line="180"/>
        <source>%n open suggestion(s)</source>
        <translation>
            <numerusform>%n açık öneri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/common/failures.py" line="182"/>
        <source>%n unresolved comment(s)</source>
        <translation>
            <numerusform>%n çözülmemiş yorum</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="184"/>
        <source>{0} and {1}</source>
        <translation>{0} ve {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="185"/>
        <source>The article cannot move to {0} while it has {1}. Accept or reject the suggestions and resolve the comments first.</source>
        <translation>Makalede {1} varken “{0}” durumuna geçirilemez. Önce önerileri kabul edin ya da reddedin ve yorumları çözümleyin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/common/failures.py" line="197"/>
        <source>%n stale paragraph(s)</source>
        <translation>
            <numerusform>%n eskimiş paragraf</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="198"/>
        <source>The {0} edition cannot move to {1} while it has {2}. Update or confirm them in the side-by-side view first.</source>
        <translation>{0} dil sürümü, {2} varken “{1}” durumuna geçirilemez. Önce bunları yan yana görünümde güncelleyin ya da teyit edin.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="208"/>
        <source>The embargo cannot be read, so the article cannot be published. Set it again in Article › Properties.</source>
        <translation>Ambargo okunamıyor, bu yüzden makale yayımlanamaz. “Makale › Özellikler” bölümünden yeniden ayarlayın.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="217"/>
        <source>The article is under embargo until {0} ({1} h {2} min left); it cannot be published before then.</source>
        <translation>Makale {0} tarihine kadar ambargolu ({1} sa {2} dk kaldı); o zamana kadar yayımlanamaz.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="259"/>
        <source>{0} has had this article open on {1} since {2}.</source>
        <translation>{0} bu makaleyi {2} tarihinden beri {1} bilgisayarında açık tutuyor.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="263"/>
        <source>{0} has had this article open since {1}.</source>
        <translation>{0} bu makaleyi {1} tarihinden beri açık tutuyor.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="276"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="282"/>
        <source>Edition {0}: {1}</source>
        <translation>Dil sürümü {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="324"/>
        <location filename="../../editor/ui/review/review_actions.py" line="526"/>
        <source>Details: {0}</source>
        <translation>Ayrıntılar: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="356"/>
        <source>Correct the ids, or tick “{0}” and export again.</source>
        <translation>Kimlikleri düzeltin ya da “{0}” kutusunu işaretleyip yeniden dışa aktarın.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="361"/>
        <source>Nothing was exported: correct it, or tick “{0}” and export again.</source>
        <translation>Hiçbir şey dışa aktarılmadı: bunu düzeltin ya da “{0}” kutusunu işaretleyip yeniden dışa aktarın.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="383"/>
        <source>{0}: characters a file cannot hold were changed ({1}: {2}).</source>
        <translation>{0}: dosyanın tutamayacağı karakterler değiştirildi ({1}: {2}).</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="389"/>
        <source>{0}: exported with these quotations marked as missing: {1}.</source>
        <translation>{0}: eksik alıntılar işaretlenerek dışa aktarıldı: {1}.</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="153"/>
        <source>Find and Replace</source>
        <translation>Bul ve Değiştir</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="154"/>
        <source>Match case</source>
        <translation>Büyük/küçük harfe duyarlı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="155"/>
        <source>Whole words only</source>
        <translation>Yalnızca tam sözcükler</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="156"/>
        <source>Find next</source>
        <translation>Sonrakini bul</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="157"/>
        <source>Replace</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="158"/>
        <source>Replace all</source>
        <translation>Tümünü değiştir</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="159"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="160"/>
        <source>Find:</source>
        <translation>Bul:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="161"/>
        <source>Replace with:</source>
        <translation>Yerine:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="248"/>
        <source>“{0}” was not found.</source>
        <translation>“{0}” bulunamadı.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/form/find_replace.py" line="311"/>
        <source>%n replaced.</source>
        <translation>
            <numerusform>%n eşleşme değiştirildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Genres</name>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="40"/>
        <source>Current</source>
        <translation>Haber</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="41"/>
        <source>Opinion</source>
        <translation>Görüş</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="42"/>
        <source>Analysis</source>
        <translation>Analiz</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="43"/>
        <source>Background</source>
        <translation>Arka plan</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="44"/>
        <source>Feature</source>
        <translation>Dosya haber</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="45"/>
        <source>Interview</source>
        <translation>Söyleşi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="46"/>
        <source>Obituary</source>
        <translation>Vefat haberi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="47"/>
        <source>Profile</source>
        <translation>Portre</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="48"/>
        <source>Review</source>
        <translation>Eleştiri</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/guide_dialog.py" line="66"/>
        <source>Writing in Newsdesk</source>
        <translation>Newsdesk&apos;te yazmak</translation>
    </message>
</context>
<context>
    <name>HouseStyles</name>
    <message>
        <location filename="../../editor/render/styles.py" line="23"/>
        <source>The default house style: serif text on A4, every part shown.</source>
        <translation>Varsayılan kurum stili: A4 kâğıtta tırnaklı yazı, tüm bölümler gösterilir.</translation>
    </message>
    <message>
        <location filename="../../editor/render/styles.py" line="26"/>
        <source>A compact wire style: sans-serif, Letter paper, narrow margins, capitalised English labels, no metadata block.</source>
        <translation>Sıkı ajans stili: tırnaksız yazı, Letter kâğıt, dar kenar boşlukları, büyük harfli İngilizce etiketler, üst veri bloğu yok.</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="437"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
</context>
<context>
    <name>LanguageTools</name>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="299"/>
        <source>&amp;Tools</source>
        <translation>&amp;Araçlar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="300"/>
        <source>&amp;Check article</source>
        <translation>Makaleyi &amp;denetle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="301"/>
        <source>Fix &amp;typography</source>
        <translation>&amp;Tipografiyi düzelt</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="302"/>
        <source>Check &amp;spelling as you type</source>
        <translation>&amp;Yazarken yazımı denetle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="303"/>
        <source>T&amp;ypography as you type</source>
        <translation>Yazarken ti&amp;pografiyi düzelt</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="387"/>
        <source>Fix typography</source>
        <translation>Tipografiyi düzelt</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="388"/>
        <source>The typography is right already: nothing was changed.</source>
        <translation>Tipografi zaten doğru: hiçbir şey değiştirilmedi.</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="203"/>
        <source>Search the library: words, &quot;a phrase&quot;, prefix*</source>
        <translation>Arşivde ara: sözcükler, &quot;bir ifade&quot;, önek*</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="206"/>
        <source>Any status</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="207"/>
        <source>Any language</source>
        <translation>Tüm diller</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="208"/>
        <source>Any author</source>
        <translation>Tüm yazarlar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="209"/>
        <source>Any office</source>
        <translation>Tüm bürolar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="210"/>
        <source>Any tag</source>
        <translation>Tüm etiketler</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="211"/>
        <source>Any slugline</source>
        <translation>Tüm kısa adlar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="212"/>
        <source>Any urgency</source>
        <translation>Tüm aciliyetler</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="213"/>
        <source>Any embargo</source>
        <translation>Tüm ambargolar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="217"/>
        <source>Under embargo</source>
        <translation>Ambargo altında</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="218"/>
        <source>Embargo passed</source>
        <translation>Ambargo bitti</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="219"/>
        <source>No embargo</source>
        <translation>Ambargo yok</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="224"/>
        <source>from: any</source>
        <translation>başlangıç: tümü</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="225"/>
        <source>to: any</source>
        <translation>bitiş: tümü</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="227"/>
        <source>Best match</source>
        <translation>En uygun</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="228"/>
        <source>Newest</source>
        <translation>En yeni</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="229"/>
        <source>Oldest</source>
        <translation>En eski</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="230"/>
        <source>Headline</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="231"/>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="235"/>
        <source>Export…</source>
        <translation>Dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="236"/>
        <location filename="../../editor/ui/library/library_pane.py" line="613"/>
        <source>Set status</source>
        <translation>Durumu ayarla</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="239"/>
        <source>Folders</source>
        <translation>Klasörler</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="317"/>
        <source>The library cannot be searched: {0}</source>
        <translation>Arşivde arama yapılamıyor: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="323"/>
        <source>%n+ article(s)</source>
        <translation>
            <numerusform>%n+ makale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="325"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n makale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="332"/>
        <source>%n file(s) could not be read</source>
        <translation>
            <numerusform>%n dosya okunamadı</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="361"/>
        <source>Urgency {0}</source>
        <translation>Aciliyet {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="528"/>
        <source>The library&apos;s folders were not changed.</source>
        <translation>Kitaplığın klasörleri değiştirilmedi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="539"/>
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n dosya okunamadı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="598"/>
        <source>{0} of %n article(s) were not changed.</source>
        <translation>
            <numerusform>%n makaleden {0} tanesi değiştirilmedi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="327"/>
        <source>Reading the library…</source>
        <translation>Arşiv okunuyor…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="459"/>
        <source>Reading the library… {0} of {1}</source>
        <translation>Arşiv okunuyor… {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="469"/>
        <source>The library cannot be read: {0}</source>
        <translation>Arşiv okunamıyor: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="485"/>
        <source>The library cannot be updated: {0}</source>
        <translation>Arşiv güncellenemiyor: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="497"/>
        <source>Add folder…</source>
        <translation>Klasör ekle…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="502"/>
        <source>Remove {0}</source>
        <translation>Kaldır: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="507"/>
        <source>Add a library folder</source>
        <translation>Arşive klasör ekle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="527"/>
        <source>Library folders</source>
        <translation>Arşiv klasörleri</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="538"/>
        <source>Library</source>
        <translation>Arşiv</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="551"/>
        <source>Exporting…</source>
        <translation>Dışa aktarılıyor…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="579"/>
        <source>Changing the status…</source>
        <translation>Durum değiştiriliyor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="605"/>
        <source>The status of %n article(s) changed, but no backup of the previous version was kept.</source>
        <translation>
            <numerusform>%n makalenin durumu değişti, ancak önceki sürümün yedeği alınamadı.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="629"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../editor/ui/library/library_window.py" line="50"/>
        <source>Library</source>
        <translation>Arşiv</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../editor/ui/form/link_dialog.py" line="30"/>
        <source>Insert Link</source>
        <translation>Bağlantı Ekle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/link_dialog.py" line="34"/>
        <source>The words the reader sees</source>
        <translation>Okurun gördüğü sözcükler</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/link_dialog.py" line="40"/>
        <source>&amp;Text:</source>
        <translation>&amp;Metin:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/link_dialog.py" line="41"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="251"/>
        <source>Read-only</source>
        <translation>Salt okunur</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="253"/>
        <location filename="../../editor/ui/window/main_window.py" line="630"/>
        <source>Not saved yet</source>
        <translation>Henüz kaydedilmedi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="255"/>
        <location filename="../../editor/ui/window/main_window.py" line="630"/>
        <location filename="../../editor/ui/window/main_window.py" line="834"/>
        <source>Saved</source>
        <translation>Kaydedildi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="552"/>
        <source>&amp;New</source>
        <translation>&amp;Yeni</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="553"/>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="554"/>
        <source>&amp;Import draft…</source>
        <translation>Taslak &amp;içe aktar…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="555"/>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="556"/>
        <source>Save &amp;As…</source>
        <translation>&amp;Farklı kaydet…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="557"/>
        <source>&amp;Export…</source>
        <translation>&amp;Dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="558"/>
        <source>&amp;Print…</source>
        <translation>&amp;Yazdır…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="559"/>
        <source>&amp;Close</source>
        <translation>Ka&amp;pat</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="560"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çık</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="561"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="562"/>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="563"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Kes</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="564"/>
        <source>&amp;Copy</source>
        <translation>K&amp;opyala</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="565"/>
        <source>&amp;Paste</source>
        <translation>Ya&amp;pıştır</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="566"/>
        <source>Paste as plain te&amp;xt</source>
        <translation>&amp;Düz metin olarak yapıştır</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="567"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tümünü seç</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="568"/>
        <source>&amp;Find…</source>
        <translation>&amp;Bul…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="569"/>
        <source>&amp;Replace…</source>
        <translation>Değişti&amp;r…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="570"/>
        <source>Se&amp;ttings…</source>
        <translation>Ayar&amp;lar…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="571"/>
        <source>Insert &amp;quotation…</source>
        <translation>&amp;Alıntı ekle…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="572"/>
        <source>Insert i&amp;mage…</source>
        <translation>&amp;Resim ekle…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="573"/>
        <source>&amp;New quotation…</source>
        <translation>&amp;Yeni alıntı…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="574"/>
        <source>&amp;Bold	Ctrl+B</source>
        <translation>&amp;Kalın	Ctrl+B</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="575"/>
        <source>&amp;Italic	Ctrl+I</source>
        <translation>&amp;İtalik	Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="576"/>
        <source>&amp;Link	Ctrl+K</source>
        <translation>&amp;Bağlantı	Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="581"/>
        <source>&amp;Writing in Newsdesk</source>
        <translation>Newsdesk&apos;te ya&amp;zmak</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="587"/>
        <source>Opening line</source>
        <translation>Açılış satırı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="588"/>
        <source>Headline</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="589"/>
        <source>Standfirst</source>
        <translation>Spot</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="590"/>
        <source>Sections (again: next section)</source>
        <translation>Bölümler (tekrar: sonraki bölüm)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="591"/>
        <source>Quotations</source>
        <translation>Alıntılar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="592"/>
        <source>Byline (again: article settings)</source>
        <translation>İmza (tekrar: makale ayarları)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="710"/>
        <source>{0} ({1} edition)</source>
        <translation>{0} ({1} dil sürümü)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="730"/>
        <source>Read from the damaged file {0}.</source>
        <translation>Hasarlı {0} dosyasından okundu.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="731"/>
        <source>Not read: {0}</source>
        <translation>Okunamadı: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="734"/>
        <source>Recovered from a damaged file, not saved yet (hover for details)</source>
        <translation>Hasarlı bir dosyadan kurtarıldı, henüz kaydedilmedi (ayrıntılar için üzerine gelin)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1386"/>
        <source>The new quotation goes into the bank and into the text at the cursor.</source>
        <translation>Yeni alıntı bankaya ve imlecin olduğu yere, metne girer.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1408"/>
        <source>New quotation…</source>
        <translation>Yeni alıntı…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1438"/>
        <location filename="../../editor/ui/window/main_window.py" line="1454"/>
        <source>Insert image</source>
        <translation>Resim ekle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1439"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Resimler (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1455"/>
        <source>{0} was not placed in the article.</source>
        <translation>{0} makaleye eklenmedi.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="577"/>
        <source>&amp;Library</source>
        <translation>&amp;Arşiv</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="597"/>
        <source>Search every article</source>
        <translation>Tüm makalelerde ara</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="578"/>
        <source>E&amp;xpand all panes</source>
        <translation>Tüm bölmeleri &amp;genişlet</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="579"/>
        <source>C&amp;ollapse all panes</source>
        <translation>Tüm bölmeleri &amp;daralt</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="580"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klavye kısayolları</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="582"/>
        <source>&amp;About Newsdesk</source>
        <translation>Newsdesk &amp;Hakkında</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="583"/>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt Hakkında</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="536"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="598"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Son kullanılanlar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="537"/>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="538"/>
        <source>&amp;Insert</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="539"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="584"/>
        <source>&amp;Preview</source>
        <translation>Ö&amp;nizleme</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="599"/>
        <source>&amp;Go to</source>
        <translation>G&amp;it</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="540"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="614"/>
        <location filename="../../editor/ui/window/main_window.py" line="917"/>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="679"/>
        <source>Recovery copy failed: {0}</source>
        <translation>Kurtarma kopyası alınamadı: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="686"/>
        <source>Unsaved changes (recovery copy kept)</source>
        <translation>Kaydedilmemiş değişiklikler (kurtarma kopyası alındı)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="706"/>
        <location filename="../../editor/ui/window/main_window.py" line="919"/>
        <source>Untitled article</source>
        <translation>Adsız makale</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="708"/>
        <source>{0} (read-only)</source>
        <translation>{0} (salt okunur)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/main_window.py" line="721"/>
        <source>Imported with %n warning(s) (hover for details)</source>
        <translation>
            <numerusform>%n uyarıyla içe aktarıldı (ayrıntılar için üzerine gelin)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="722"/>
        <source>Imported, not saved yet (hover for details)</source>
        <translation>İçe aktarıldı, henüz kaydedilmedi (ayrıntılar için üzerine gelin)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="759"/>
        <source>Save article as</source>
        <translation>Makaleyi farklı kaydet</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="759"/>
        <location filename="../../editor/ui/window/main_window.py" line="1166"/>
        <source>Newsdesk articles (*.newsdesk)</source>
        <translation>Newsdesk makaleleri (*.newsdesk)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="804"/>
        <source>Not saved: changed on disk</source>
        <translation>Kaydedilmedi: diskte değişti</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="812"/>
        <source>Save failed</source>
        <translation>Kaydedilemedi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="813"/>
        <source>The article was not saved to {0}.</source>
        <translation>Makale {0} konumuna kaydedilmedi.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="831"/>
        <source>Saved without a backup</source>
        <translation>Yedeksiz kaydedildi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="862"/>
        <source>Load the version on disk</source>
        <translation>Diskteki sürümü yükle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="863"/>
        <source>Your changes in this window will be lost. Load the version on disk?</source>
        <translation>Bu penceredeki değişiklikleriniz kaybolacak. Diskteki sürüm yüklensin mi?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="886"/>
        <source>Compare</source>
        <translation>Karşılaştır</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="887"/>
        <source>{0} cannot be opened.</source>
        <translation>{0} açılamıyor.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="891"/>
        <source>{0}: on disk and in this window</source>
        <translation>{0}: diskte ve bu pencerede</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="918"/>
        <source>“{0}” has changes that are not saved. Save them before closing?</source>
        <translation>“{0}” makalesinde kaydedilmemiş değişiklikler var. Kapatmadan önce kaydedilsin mi?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1015"/>
        <source>Preview folded away (View › Preview shows it): the window is too narrow for it.</source>
        <translation>Önizleme gizlendi (Görünüm › Önizleme gösterir): pencere ona yetmeyecek kadar dar.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1166"/>
        <source>Open article</source>
        <translation>Makale aç</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1176"/>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1410"/>
        <source>Insert quotation</source>
        <translation>Alıntı ekle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1410"/>
        <source>Quotation:</source>
        <translation>Alıntı:</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="876"/>
        <source>A link is made of words in one paragraph, without a quotation.</source>
        <translation>Bağlantı tek bir paragraftaki sözcüklerden yapılır, alıntı içermez.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1020"/>
        <source>Quotation “{0}” is not in the quotation bank.</source>
        <translation>“{0}” alıntısı alıntı bankasında yok.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1021"/>
        <source>unknown speaker</source>
        <translation>bilinmeyen konuşmacı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1024"/>
        <source>Role: {0}</source>
        <translation>Görevi: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1026"/>
        <source>Date: {0}</source>
        <translation>Tarih: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1029"/>
        <source>Source: {0}</source>
        <translation>Kaynak: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1030"/>
        <source>Verified</source>
        <translation>Doğrulandı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1030"/>
        <source>Not verified</source>
        <translation>Doğrulanmadı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1031"/>
        <source>Double-click to edit it.</source>
        <translation>Düzenlemek için çift tıklayın.</translation>
    </message>
</context>
<context>
    <name>MetaPane</name>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="50"/>
        <source>Article</source>
        <translation>Makale</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="51"/>
        <source>Comma-separated, e.g. transport, ports</source>
        <translation>Virgülle ayrılmış, ör. ulaşım, limanlar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="58"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="59"/>
        <source> words</source>
        <translation> sözcük</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="61"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="62"/>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="63"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="64"/>
        <source>Target length</source>
        <translation>Hedef uzunluk</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="49"/>
        <source>Your name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="52"/>
        <source>Comments, status changes and revisions are recorded under your name. You can change it later in Settings.</source>
        <translation>Yorumlar, durum değişiklikleri ve sürümler adınızla kaydedilir. Adınızı daha sonra Ayarlar&apos;dan değiştirebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="60"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="61"/>
        <source>Initials</source>
        <translation>Baş harfler</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="118"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="119"/>
        <source>The settings could not be saved.</source>
        <translation>Ayarlar kaydedilemedi.</translation>
    </message>
</context>
<context>
    <name>NewEditionDialog</name>
    <message>
        <location filename="../../editor/ui/window/new_edition_dialog.py" line="36"/>
        <source>New Edition</source>
        <translation>Yeni dil sürümü</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/new_edition_dialog.py" line="40"/>
        <source>An edition is the same story in another language, kept in this file. Each of its paragraphs is linked to the paragraph it translates.</source>
        <translation>Dil sürümü, aynı haberin bu dosyada saklanan başka bir dildeki hâlidir. Her paragrafı, çevirdiği paragrafa bağlıdır.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/new_edition_dialog.py" line="51"/>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/new_edition_dialog.py" line="54"/>
        <source>&amp;Pre-fill with the source text, marked to translate</source>
        <translation>&amp;Kaynak metinle önceden doldur, çevrilecek olarak işaretle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/new_edition_dialog.py" line="63"/>
        <source>Create Edition</source>
        <translation>Dil sürümü oluştur</translation>
    </message>
</context>
<context>
    <name>OpeningPane</name>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="480"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="484"/>
        <source>Opening line</source>
        <translation>Açılış satırı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="485"/>
        <source>Optional invocation or dedication</source>
        <translation>İsteğe bağlı dua ya da ithaf</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="487"/>
        <source>Article&apos;s language</source>
        <translation>Makalenin dili</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="487"/>
        <source>Language of the opening line</source>
        <translation>Açılış satırının dili</translation>
    </message>
</context>
<context>
    <name>Outlets</name>
    <message>
        <location filename="../../editor/render/styles.py" line="220"/>
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <location filename="../../editor/render/styles.py" line="221"/>
        <source>print</source>
        <translation>basılı</translation>
    </message>
    <message>
        <location filename="../../editor/render/styles.py" line="222"/>
        <source>agency</source>
        <translation>ajans</translation>
    </message>
</context>
<context>
    <name>Parts</name>
    <message>
        <location filename="../../editor/model/parts.py" line="48"/>
        <source>Opening line</source>
        <translation>Açılış satırı</translation>
    </message>
    <message>
        <location filename="../../editor/model/parts.py" line="49"/>
        <source>Headline</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../editor/model/parts.py" line="50"/>
        <source>Standfirst</source>
        <translation>Spot</translation>
    </message>
    <message>
        <location filename="../../editor/model/parts.py" line="51"/>
        <source>Byline</source>
        <translation>İmza</translation>
    </message>
    <message>
        <location filename="../../editor/model/parts.py" line="52"/>
        <source>Section {0}</source>
        <translation>{0}. bölüm</translation>
    </message>
    <message>
        <location filename="../../editor/model/parts.py" line="53"/>
        <source>Quotation {0}</source>
        <translation>{0} alıntısı</translation>
    </message>
</context>
<context>
    <name>PreviewDock</name>
    <message>
        <location filename="../../editor/ui/window/preview.py" line="266"/>
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
</context>
<context>
    <name>PreviewRenderer</name>
    <message>
        <location filename="../../editor/ui/window/preview.py" line="324"/>
        <source>Preview failed:</source>
        <translation>Önizleme oluşturulamadı:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/preview.py" line="211"/>
        <source>This article is too long to preview as you type: {0} characters, where the preview shows up to {1}. Export it to read it whole.</source>
        <translation>Bu makale yazarken önizlenemeyecek kadar uzun: {0} karakter, önizleme en çok {1} gösterir. Tamamını okumak için dışa aktarın.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="56"/>
        <source>Look in:</source>
        <translation>Arama konumu:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="57"/>
        <source>File &amp;name:</source>
        <translation>Dosya a&amp;dı:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="58"/>
        <source>Files of type:</source>
        <translation>Şu türde dosyalar:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="59"/>
        <source>&amp;Look in:</source>
        <translation>Arama &amp;konumu:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="60"/>
        <source>Files of &amp;type:</source>
        <translation>Şu &amp;türde dosyalar:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="61"/>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="62"/>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="63"/>
        <source>&amp;Choose</source>
        <translation>&amp;Seç</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="64"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="65"/>
        <source>Save As</source>
        <translation>Farklı Kaydet</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="66"/>
        <source>Directory:</source>
        <translation>Dizin:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="67"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="68"/>
        <source>Forward</source>
        <translation>İleri</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="69"/>
        <source>Parent Directory</source>
        <translation>Üst Dizin</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="70"/>
        <source>Create New Folder</source>
        <translation>Yeni Klasör Oluştur</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="71"/>
        <source>List View</source>
        <translation>Liste Görünümü</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="72"/>
        <source>Detail View</source>
        <translation>Ayrıntılı Görünüm</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="73"/>
        <source>Go back</source>
        <translation>Geri git</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="74"/>
        <source>Go forward</source>
        <translation>İleri git</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="75"/>
        <source>Go to the parent directory</source>
        <translation>Üst dizine git</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="76"/>
        <source>Create a New Folder</source>
        <translation>Yeni bir klasör Oluştur</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="77"/>
        <source>Change to list view mode</source>
        <translation>Liste görünümü kipine geç</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="78"/>
        <source>Change to detail view mode</source>
        <translation>Ayrıntılı görünüm kipine geç</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="79"/>
        <source>Sidebar</source>
        <translation>Kenar Çubuğu</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="80"/>
        <source>Recent Places</source>
        <translation>Son Yerler</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="81"/>
        <source>My Computer</source>
        <translation>Bilgisayarım</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="82"/>
        <source>New Folder</source>
        <translation>Yeni Klasör</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="83"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Yeni Klasör</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="84"/>
        <source>&amp;Rename</source>
        <translation>Yeniden Adlandı&amp;r</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="85"/>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="86"/>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Gizli dosyaları göster</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="87"/>
        <source>All Files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="88"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>“%1” silinecek, emin misiniz?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="89"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 halihazırda var.
Değiştirmek istiyor musunuz?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="90"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="91"/>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="92"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="93"/>
        <source>Date Modified</source>
        <translation>Değiştirilme Tarihi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="94"/>
        <source>Computer</source>
        <translation>Bilgisayar</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="46"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="47"/>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="48"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Kes</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="49"/>
        <source>&amp;Copy</source>
        <translation>Ko&amp;pyala</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="50"/>
        <source>&amp;Paste</source>
        <translation>&amp;Yapıştır</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="51"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="52"/>
        <source>Select All</source>
        <translation>Tümünü Seç</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="22"/>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="23"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="24"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="25"/>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="26"/>
        <source>Discard</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="27"/>
        <source>&amp;Yes</source>
        <translation>&amp;Evet</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="28"/>
        <source>&amp;No</source>
        <translation>&amp;Hayır</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="26"/>
        <source>Up</source>
        <translation>Yukarı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="26"/>
        <source>Down</source>
        <translation>Aşağı</translation>
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
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="39"/>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="40"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Kes</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="41"/>
        <source>&amp;Copy</source>
        <translation>Ko&amp;pyala</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="42"/>
        <source>&amp;Paste</source>
        <translation>&amp;Yapıştır</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="43"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="44"/>
        <source>Select All</source>
        <translation>Tümünü Seç</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="45"/>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Bağlantı Konumunu Kopyala</translation>
    </message>
</context>
<context>
    <name>QuotationDialog</name>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="46"/>
        <source>New quotation</source>
        <translation>Yeni alıntı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="48"/>
        <source>Quotation {0}</source>
        <translation>Alıntı {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="62"/>
        <source>Article&apos;s language</source>
        <translation>Makalenin dili</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="64"/>
        <source>The words are a translation</source>
        <translation>Sözler çeviridir</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="66"/>
        <source>Checked against the source</source>
        <translation>Kaynağından doğrulandı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="73"/>
        <source>Id</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="74"/>
        <source>Words</source>
        <translation>Sözler</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="75"/>
        <source>Speaker</source>
        <translation>Konuşan</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="76"/>
        <source>Speaker&apos;s role</source>
        <translation>Konuşanın görevi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="77"/>
        <source>Occasion</source>
        <translation>Ortam</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="78"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="79"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="80"/>
        <source>Source address</source>
        <translation>Kaynak adresi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="81"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="84"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="149"/>
        <source>Quotation</source>
        <translation>Alıntı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="149"/>
        <source>A quotation needs its words.</source>
        <translation>Alıntının sözleri boş olamaz.</translation>
    </message>
</context>
<context>
    <name>QuotationsPane</name>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="533"/>
        <source>Quotations</source>
        <translation>Alıntılar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="552"/>
        <source>Speaker</source>
        <translation>Konuşan</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="553"/>
        <source>Words</source>
        <translation>Sözler</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="554"/>
        <source>Occasion</source>
        <translation>Ortam</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="555"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="556"/>
        <source>Verified</source>
        <translation>Doğrulandı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="557"/>
        <source>Uses</source>
        <translation>Kullanım</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="534"/>
        <source>Add…</source>
        <translation>Ekle…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="535"/>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="536"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="537"/>
        <source>Insert into text</source>
        <translation>Metne ekle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="538"/>
        <source>Put the quotation at the cursor (Ctrl+Shift+Q)</source>
        <translation>Alıntıyı imlecin bulunduğu yere ekle (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="539"/>
        <source>Show next use</source>
        <translation>Sonraki kullanımı göster</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="540"/>
        <source>Filter by id, words, speaker, role, source</source>
        <translation>Kimliğe, sözcüklere, sahibine, unvana, kaynağa göre süz</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="551"/>
        <source>Id</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="560"/>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="561"/>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="563"/>
        <source>{0} ×</source>
        <translation>{0} ×</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="562"/>
        <source>unused</source>
        <translation>kullanılmadı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="564"/>
        <source>“{0}” is used in the text but not in the bank</source>
        <translation>“{0}” metinde kullanılıyor ama bankada yok</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="827"/>
        <source>Delete quotation</source>
        <translation>Alıntıyı sil</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/form/quotations_pane.py" line="829"/>
        <source>The quotation is used %n time(s) in the text. Delete it from the bank? The places that use it stay and are flagged as unknown.</source>
        <translation>
            <numerusform>Alıntı metinde %n kez kullanılıyor. Bankadan silinsin mi? Kullanıldığı yerler kalır ve bilinmeyen alıntı olarak işaretlenir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="32"/>
        <source>Recover unsaved work</source>
        <translation>Kaydedilmemiş çalışmayı kurtar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="36"/>
        <source>Newsdesk found work that was not saved when it last stopped. Choose what to do with each copy.</source>
        <translation>Newsdesk son kapandığında kaydedilmemiş çalışmalar buldu. Her kopya için ne yapılacağını seçin.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="44"/>
        <source>Headline</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="44"/>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="44"/>
        <source>Autosaved</source>
        <translation>Otomatik kayıt</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="44"/>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="52"/>
        <source>(no headline)</source>
        <translation>(başlık yok)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="53"/>
        <source>never saved</source>
        <translation>hiç kaydedilmedi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="55"/>
        <source>{0} — damaged: {1}</source>
        <translation>{0} — hasarlı: {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="61"/>
        <source>Restore</source>
        <translation>Geri yükle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="63"/>
        <source>Open both (saved file and recovered copy)</source>
        <translation>İkisini de aç (kayıtlı dosya ve kurtarılan kopya)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="64"/>
        <source>Discard</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="65"/>
        <source>Decide later</source>
        <translation>Sonra karar ver</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../editor/ui/library/library_results.py" line="129"/>
        <source>Article</source>
        <translation>Makale</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_results.py" line="130"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_results.py" line="131"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_results.py" line="132"/>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_results.py" line="133"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="225"/>
        <source>Change the status in the Review menu</source>
        <translation>Durumu İnceleme menüsünden değiştirin</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="226"/>
        <source>Read-only</source>
        <translation>Salt okunur</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="227"/>
        <source>Reopen for changes</source>
        <translation>Değişiklik için yeniden aç</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="228"/>
        <source>&amp;Review</source>
        <translation>İ&amp;nceleme</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="229"/>
        <source>Review &amp;Panel</source>
        <translation>İnceleme &amp;bölmesi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="230"/>
        <source>&amp;Status</source>
        <translation>&amp;Durum</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="233"/>
        <source>Reopen for &amp;Changes</source>
        <translation>Değişiklik için yeniden &amp;aç</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="234"/>
        <source>Reviewer &amp;Mode (suggestions and comments)</source>
        <translation>İnceleme &amp;modu (öneriler ve yorumlar)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="237"/>
        <source>Save &amp;Revision…</source>
        <translation>&amp;Sürüm kaydet…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="238"/>
        <source>Revisions and &amp;Compare…</source>
        <translation>Sürümler ve &amp;karşılaştırma…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="243"/>
        <location filename="../../editor/ui/review/review_actions.py" line="791"/>
        <source>Status: {0}</source>
        <translation>Durum: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="262"/>
        <source>{0}: the text is read-only.</source>
        <translation>{0}: metin salt okunur.</translation>
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
        <translation>Yorum ekle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="319"/>
        <source>Select the words to comment on.</source>
        <translation>Yorum yapmak istediğiniz sözcükleri seçin.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="328"/>
        <source>Comment:</source>
        <translation>Yorum:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="563"/>
        <source>The file&apos;s text differs from the article&apos;s in %n place(s) without a tracked change: edits made with Track Changes off. Suggest them as {0}&apos;s, to accept or reject?</source>
        <translation>
            <numerusform>Dosyanın metni makaleninkinden %n yerde izlenen bir değişiklik olmadan ayrılıyor: Değişiklikleri İzle kapalıyken yapılmış düzeltmeler. Kabul ya da reddetmek üzere {0} adına önerilsin mi?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="614"/>
        <source>%n suggestion(s) from edits made without Track Changes, as {0}&apos;s.</source>
        <translation>
            <numerusform>Değişiklikleri İzle kapalıyken yapılmış düzeltmelerden %n öneri, {0} adına.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="236"/>
        <source>Comments and Changes from a Reviewed &amp;DOCX…</source>
        <translation>İncelenmiş &amp;DOCX dosyasından yorumlar ve değişiklikler…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="247"/>
        <source>{0} · Suggesting</source>
        <translation>{0} · Öneri modu</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="476"/>
        <source>Comments and changes from a reviewed DOCX</source>
        <translation>İncelenmiş DOCX dosyasından yorumlar ve değişiklikler</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="477"/>
        <source>Word documents (*.docx)</source>
        <translation>Word belgeleri (*.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="489"/>
        <location filename="../../editor/ui/review/review_actions.py" line="522"/>
        <location filename="../../editor/ui/review/review_actions.py" line="535"/>
        <location filename="../../editor/ui/review/review_actions.py" line="545"/>
        <location filename="../../editor/ui/review/review_actions.py" line="561"/>
        <source>Comments from DOCX</source>
        <translation>DOCX dosyasından yorumlar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="490"/>
        <source>The comments could not be read from {0}.</source>
        <translation>Yorumlar {0} dosyasından okunamadı.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="515"/>
        <source>%n comment(s) added, {0}, {1}.</source>
        <translation>
            <numerusform>%n yorum eklendi, {0}, {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="516"/>
        <source>%n already there</source>
        <comment>comments</comment>
        <translation>
            <numerusform>%n yorum zaten vardı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="517"/>
        <source>%n kept detached</source>
        <translation>
            <numerusform>%n yorum metne bağlanmadan saklandı</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="530"/>
        <source>Some comments could not be read as Word writes them; every comment was kept, as described below.</source>
        <translation>Bazı yorumlar Word&apos;ün yazdığı biçimde okunamadı; aşağıda açıklandığı gibi tüm yorumlar korundu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="547"/>
        <source>The reviewed file shows %n of the article&apos;s suggestion(s) accepted there. Accept here too?</source>
        <translation>
            <numerusform>İncelenen dosya, makalenin %n önerisini orada kabul edilmiş gösteriyor. Burada da kabul edilsin mi?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="578"/>
        <source>header</source>
        <translation>üst bilgi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="579"/>
        <source>footer</source>
        <translation>alt bilgi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="580"/>
        <source>footnote</source>
        <translation>dipnot</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="581"/>
        <source>endnote</source>
        <translation>son not</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="582"/>
        <source>section label</source>
        <translation>bölüm etiketi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="583"/>
        <source>quotation attribution</source>
        <translation>alıntı kaynağı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="584"/>
        <source>credit line</source>
        <translation>imza satırı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="585"/>
        <source>metadata line</source>
        <translation>üst veri satırı</translation>
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
            <numerusform>İzlenen değişikliklerden %n öneri yerleştirildi, {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="597"/>
        <source>%n already there</source>
        <comment>suggestions</comment>
        <translation>
            <numerusform>%n öneri zaten vardı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="606"/>
        <source>%n suggestion(s) accepted here as in the reviewed file.</source>
        <translation>
            <numerusform>%n öneri, incelenen dosyadaki gibi burada da kabul edildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="622"/>
        <source>%n conflict(s) with another reviewer&apos;s suggestions.</source>
        <translation>
            <numerusform>Başka bir incelemecinin önerileriyle %n çakışma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="628"/>
        <source>%n change(s) not placed:</source>
        <translation>
            <numerusform>Yerleştirilemeyen %n değişiklik:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="642"/>
        <source>%n place(s) where the file&apos;s text differs from the article&apos;s without a tracked change (not taken; the article keeps its words):</source>
        <translation>
            <numerusform>Dosyanın metninin izlenen bir değişiklik olmadan makaleninkinden ayrıldığı %n yer (alınmadı; makale kendi sözcüklerini korur):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="668"/>
        <location filename="../../editor/ui/review/review_actions.py" line="674"/>
        <location filename="../../editor/ui/review/review_actions.py" line="684"/>
        <source>Change status</source>
        <translation>Durumu değiştir</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="675"/>
        <source>Note for the move to {0} (optional):</source>
        <translation>“{0}” durumuna geçiş notu (isteğe bağlı):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="723"/>
        <source>Reopened for changes</source>
        <translation>Değişiklik için yeniden açıldı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="740"/>
        <source>Save revision</source>
        <translation>Sürüm kaydet</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="740"/>
        <source>Note:</source>
        <translation>Not:</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="127"/>
        <source>Review</source>
        <translation>İnceleme</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="128"/>
        <source>Open comments</source>
        <translation>Açık yorumlar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="128"/>
        <source>Resolved comments</source>
        <translation>Çözümlenen yorumlar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="128"/>
        <source>All comments</source>
        <translation>Tüm yorumlar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="131"/>
        <source>Comment on selection</source>
        <translation>Seçime yorum yap</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="132"/>
        <source>Reply…</source>
        <translation>Yanıtla…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="133"/>
        <source>Reply</source>
        <translation>Yanıtla</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="134"/>
        <location filename="../../editor/ui/review/review_panel.py" line="250"/>
        <source>Resolve</source>
        <translation>Çözümle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="135"/>
        <source>No comments.</source>
        <translation>Yorum yok.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="136"/>
        <source>Add &amp;Comment on Selection</source>
        <translation>Seçime &amp;yorum ekle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="137"/>
        <source>Comments</source>
        <translation>Yorumlar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_panel.py" line="153"/>
        <source>Suggestions (%n)</source>
        <translation>
            <numerusform>Öneriler (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="250"/>
        <source>Reopen</source>
        <translation>Yeniden aç</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="253"/>
        <source>resolved</source>
        <translation>çözümlendi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="255"/>
        <source>its text was deleted</source>
        <translation>metni silindi</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="843"/>
        <source>Revisions</source>
        <translation>Sürümler</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="844"/>
        <source>Inline</source>
        <translation>Satır içi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="845"/>
        <source>Side by side</source>
        <translation>Yan yana</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="846"/>
        <source>Compare</source>
        <translation>Karşılaştır:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="847"/>
        <source>with</source>
        <translation>ile</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="848"/>
        <source>Restore the first</source>
        <translation>İlkini geri yükle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="860"/>
        <location filename="../../editor/ui/review/review_actions.py" line="880"/>
        <source>Current text</source>
        <translation>Güncel metin</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="904"/>
        <source>No differences.</source>
        <translation>Fark yok.</translation>
    </message>
</context>
<context>
    <name>SectionActions</name>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="57"/>
        <source>Move section &amp;up</source>
        <translation>Bölümü &amp;yukarı taşı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="58"/>
        <source>Move section &amp;down</source>
        <translation>Bölümü &amp;aşağı taşı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="59"/>
        <source>Re&amp;name section</source>
        <translation>Bölümü &amp;yeniden adlandır</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="60"/>
        <source>Re&amp;move section</source>
        <translation>Bölümü &amp;kaldır</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="62"/>
        <source>&amp;Section</source>
        <translation>&amp;Bölüm</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="86"/>
        <source>Put the cursor in a section first.</source>
        <translation>Önce imleci bir bölüme koyun.</translation>
    </message>
</context>
<context>
    <name>SectionPane</name>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="691"/>
        <source>Section label</source>
        <translation>Bölüm etiketi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="692"/>
        <source>The label printed before the section</source>
        <translation>Bölümün başına basılan etiket</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="694"/>
        <source>Add, move or remove a section</source>
        <translation>Bölüm ekle, taşı veya kaldır</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="696"/>
        <source>Drag to move the section; right-click to add, move or remove one</source>
        <translation>Bölümü taşımak için sürükleyin; bölüm eklemek, taşımak veya kaldırmak için sağ tıklayın</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="706"/>
        <source>Add section after</source>
        <translation>Sonrasına bölüm ekle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="710"/>
        <source>Move section up</source>
        <translation>Bölümü yukarı taşı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="713"/>
        <source>Move section down</source>
        <translation>Bölümü aşağı taşı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="716"/>
        <source>Rename section</source>
        <translation>Bölümü yeniden adlandır</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="718"/>
        <source>Remove section</source>
        <translation>Bölümü kaldır</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="762"/>
        <source>News</source>
        <translation>Haber</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="763"/>
        <source>Comment</source>
        <translation>Yorum</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="685"/>
        <location filename="../../editor/ui/form/panes.py" line="767"/>
        <source>Section</source>
        <translation>Bölüm</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="693"/>
        <source>The section&apos;s text</source>
        <translation>Bölümün metni</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="767"/>
        <source>Section: {0}</source>
        <translation>Bölüm: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="772"/>
        <source>News section</source>
        <translation>Haber bölümü</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="773"/>
        <source>Comment section</source>
        <translation>Yorum bölümü</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="774"/>
        <source>Custom section</source>
        <translation>Özel bölüm</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="60"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="65"/>
        <source>Arabic and Urdu lay the whole interface out right to left</source>
        <translation>Arapça ve Urduca seçilince tüm arayüz sağdan sola dizilir</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="75"/>
        <source>Your full name, for bylines and comments</source>
        <translation>Tam adınız; imza satırı ve yorumlar için</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="83"/>
        <source> s</source>
        <translation> sn</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="97"/>
        <source>Follow the system</source>
        <translation>Sistemi izle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="98"/>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="99"/>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="102"/>
        <source>Interface language</source>
        <translation>Arayüz dili</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="103"/>
        <source>New articles in</source>
        <translation>Yeni makalelerin dili</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="104"/>
        <source>Your name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="105"/>
        <source>Your initials</source>
        <translation>Baş harfleriniz</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="106"/>
        <source>Default office</source>
        <translation>Varsayılan büro</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="107"/>
        <source>Autosave after idle</source>
        <translation>Boşta kalınca otomatik kaydet</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="108"/>
        <source>Editor font</source>
        <translation>Düzenleyici yazı tipi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="109"/>
        <source>Font size</source>
        <translation>Yazı tipi boyutu</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="110"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/shortcuts_dialog.py" line="88"/>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/shortcuts_dialog.py" line="90"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/shortcuts_dialog.py" line="90"/>
        <source>Command</source>
        <translation>Komut</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/shortcuts_dialog.py" line="90"/>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
</context>
<context>
    <name>SideBySideView</name>
    <message>
        <location filename="../../editor/ui/window/side_by_side.py" line="109"/>
        <source>For reading the two side by side: you write in the edition&apos;s window.</source>
        <translation>İkisini yan yana okumak için: yazmak dil sürümünün penceresinde olur.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/side_by_side.py" line="113"/>
        <source>Side by side: {0} and {1}</source>
        <translation>Yan yana: {0} ve {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/side_by_side.py" line="115"/>
        <source>Side by side</source>
        <translation>Yan yana</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/side_by_side.py" line="163"/>
        <source>(to translate)</source>
        <translation>(çevrilecek)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/side_by_side.py" line="170"/>
        <source>The source paragraph changed since this was confirmed.</source>
        <translation>Kaynak paragraf, bu çeviri teyit edildikten sonra değişti.</translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <location filename="../../editor/ui/language/spell_menu.py" line="82"/>
        <source>(no suggestions)</source>
        <translation>(öneri yok)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/spell_menu.py" line="85"/>
        <source>Add “{0}” to dictionary</source>
        <translation>“{0}” sözcüğünü sözlüğe ekle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/spell_menu.py" line="87"/>
        <source>Ignore “{0}”</source>
        <translation>“{0}” sözcüğünü yok say</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/spell_menu.py" line="116"/>
        <source>Add to dictionary</source>
        <translation>Sözlüğe ekle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/spell_menu.py" line="117"/>
        <source>The word was not saved in your dictionary.</source>
        <translation>Sözcük sözlüğünüze kaydedilmedi.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../editor/model/article.py" line="46"/>
        <source>Draft</source>
        <translation>Taslak</translation>
    </message>
    <message>
        <location filename="../../editor/model/article.py" line="47"/>
        <source>In review</source>
        <translation>İncelemede</translation>
    </message>
    <message>
        <location filename="../../editor/model/article.py" line="48"/>
        <source>Changes requested</source>
        <translation>Değişiklik istendi</translation>
    </message>
    <message>
        <location filename="../../editor/model/article.py" line="49"/>
        <source>Approved</source>
        <translation>Onaylandı</translation>
    </message>
    <message>
        <location filename="../../editor/model/article.py" line="50"/>
        <source>Published</source>
        <translation>Yayımlandı</translation>
    </message>
</context>
<context>
    <name>SuggestionActions</name>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="161"/>
        <source>Suggest &amp;Changes</source>
        <translation>Değişiklik ö&amp;ner</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="162"/>
        <source>Ne&amp;xt Suggestion</source>
        <translation>So&amp;nraki öneri</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="163"/>
        <source>Previo&amp;us Suggestion</source>
        <translation>Öncek&amp;i öneri</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="164"/>
        <source>&amp;Accept Suggestion</source>
        <translation>Öneriyi &amp;kabul et</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="165"/>
        <source>Re&amp;ject Suggestion</source>
        <translation>Öneriyi &amp;reddet</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="167"/>
        <source>Typing, deleting and emphasis become suggestions others accept or reject</source>
        <translation>Yazma, silme ve vurgulama, başkalarının kabul ya da reddedeceği önerilere dönüşür</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="245"/>
        <source>No suggestions to review.</source>
        <translation>Gözden geçirilecek öneri yok.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="257"/>
        <source>Put the cursor on a suggestion first (F8 goes to the next one).</source>
        <translation>Önce imleci bir önerinin üzerine getirin (F8 sonrakine gider).</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="992"/>
        <source>Accept Suggestion</source>
        <translation>Öneriyi kabul et</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="994"/>
        <source>Reject Suggestion</source>
        <translation>Öneriyi reddet</translation>
    </message>
</context>
<context>
    <name>SuggestionMarker</name>
    <message>
        <location filename="../../editor/ui/review/suggestion_marking.py" line="76"/>
        <source>unknown author</source>
        <translation>bilinmeyen yazar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_marking.py" line="79"/>
        <source>Inserted by {0}, {1}</source>
        <translation>Ekleyen: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_marking.py" line="82"/>
        <source>Deleted by {0}, {1}</source>
        <translation>Silen: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_marking.py" line="87"/>
        <source>Emphasis added by {0}, {1}</source>
        <translation>Vurgulayan: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_marking.py" line="89"/>
        <source>Emphasis removed by {0}, {1}</source>
        <translation>Vurguyu kaldıran: {0}, {1}</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="147"/>
        <source>Change</source>
        <translation>Değişiklik</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="147"/>
        <source>By</source>
        <translation>Öneren</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="147"/>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="148"/>
        <source>&amp;Accept</source>
        <translation>&amp;Kabul et</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="149"/>
        <source>Accept the selected suggestion (Enter)</source>
        <translation>Seçili öneriyi kabul et (Enter)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="150"/>
        <source>&amp;Reject</source>
        <translation>&amp;Reddet</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="151"/>
        <source>Reject the selected suggestion (Delete)</source>
        <translation>Seçili öneriyi reddet (Delete)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="152"/>
        <source>Accept all</source>
        <translation>Tümünü kabul et</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="153"/>
        <source>Reject all</source>
        <translation>Tümünü reddet</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="154"/>
        <source>Accept all by…</source>
        <translation>Yazara göre kabul et…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="155"/>
        <source>Reject all by…</source>
        <translation>Yazara göre reddet…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="156"/>
        <source>No suggestions.</source>
        <translation>Öneri yok.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="259"/>
        <source>Insert “{0}”</source>
        <translation>Ekle: “{0}”</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="260"/>
        <source>Delete “{0}”</source>
        <translation>Sil: “{0}”</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="261"/>
        <source>Replace “{0}” with “{1}”</source>
        <translation>Değiştir: “{0}” yerine “{1}”</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="262"/>
        <source>Bold “{0}”</source>
        <translation>Kalın yap: “{0}”</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="263"/>
        <source>Remove bold from “{0}”</source>
        <translation>Kalını kaldır: “{0}”</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="264"/>
        <source>Italicise “{0}”</source>
        <translation>İtalik yap: “{0}”</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="265"/>
        <source>Remove italics from “{0}”</source>
        <translation>İtaliği kaldır: “{0}”</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="266"/>
        <source>Strike through “{0}”</source>
        <translation>Üstünü çiz: “{0}”</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="267"/>
        <source>Remove strikethrough from “{0}”</source>
        <translation>Üstü çizgiyi kaldır: “{0}”</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="268"/>
        <source>Change the emphasis of “{0}”</source>
        <translation>Vurguyu değiştir: “{0}”</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="321"/>
        <source>In conflict with a suggestion by {0}</source>
        <translation>Şu kişinin önerisiyle çakışıyor: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="329"/>
        <source>From {0}</source>
        <translation>Kaynak: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="372"/>
        <source>Accept all by {0}</source>
        <translation>Tümünü kabul et: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="373"/>
        <source>Reject all by {0}</source>
        <translation>Tümünü reddet: {0}</translation>
    </message>
</context>
<context>
    <name>TextBox</name>
    <message>
        <location filename="../../editor/ui/form/text_box.py" line="362"/>
        <source>This text is too long to edit here: the first {0} of its {1} characters are shown. The rest is kept and saved unchanged.</source>
        <translation>Bu metin burada düzenlenemeyecek kadar uzun: {1} karakterinin ilk {0} tanesi gösteriliyor. Geri kalanı değiştirilmeden tutulur ve kaydedilir.</translation>
    </message>
</context>
<context>
    <name>UiLanguageCombo</name>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="32"/>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
</context>
<context>
    <name>WordCounter</name>
    <message>
        <location filename="../../editor/ui/window/status.py" line="118"/>
        <source>Opening line: {0}</source>
        <translation>Açılış satırı: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/status.py" line="123"/>
        <source>Headline: {0}</source>
        <translation>Başlık: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/status.py" line="126"/>
        <source>Standfirst: {0}</source>
        <translation>Spot: {0}</translation>
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
            <numerusform>Toplam {0} / %n sözcük</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/status.py" line="148"/>
        <source>Total %n word(s)</source>
        <translation>
            <numerusform>Toplam %n sözcük</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="120"/>
        <source>Library</source>
        <translation>Arşiv</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="182"/>
        <location filename="../../editor/ui/window/workspace.py" line="466"/>
        <location filename="../../editor/ui/window/workspace.py" line="487"/>
        <source>File in use</source>
        <translation>Dosya kullanımda</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="400"/>
        <source>Cannot open the article</source>
        <translation>Makale açılamıyor</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="121"/>
        <source>The library cannot be opened.</source>
        <translation>Kitaplık açılamıyor.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="183"/>
        <source>{0} cannot be saved: save it under another name.</source>
        <translation>{0} kaydedilemiyor: başka bir adla kaydedin.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="401"/>
        <location filename="../../editor/ui/window/workspace.py" line="467"/>
        <source>{0} cannot be opened.</source>
        <translation>{0} açılamıyor.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="425"/>
        <source>Not read (shown empty, or left out):
{0}</source>
        <translation>Okunamayanlar (boş gösterildi ya da atlandı):
{0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="427"/>
        <source>Every part of the article could be read.</source>
        <translation>Makalenin her bölümü okunabildi.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="432"/>
        <source>{0} is damaged.</source>
        <translation>{0} hasarlı.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="434"/>
        <source>Newsdesk can open what it still holds as a new article, not saved yet; the damaged file stays as it is.</source>
        <translation>Newsdesk, içinde kalanı henüz kaydedilmemiş yeni bir makale olarak açabilir; hasarlı dosya olduğu gibi kalır.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="441"/>
        <source>Damaged article</source>
        <translation>Hasarlı makale</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="445"/>
        <source>Open What Can Be Read</source>
        <translation>Okunabileni aç</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="488"/>
        <source>{0} is in use.</source>
        <translation>{0} kullanımda.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="490"/>
        <source>You can open it read-only, and save your changes under another name.</source>
        <translation>Dosyayı salt okunur açabilir, değişikliklerinizi başka bir adla kaydedebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="492"/>
        <source>Open read-only</source>
        <translation>Salt okunur aç</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="496"/>
        <source>Take over the lock</source>
        <translation>Kilidi devral</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="604"/>
        <source>Import draft</source>
        <translation>Taslak içe aktar</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="605"/>
        <source>Drafts (*.txt *.md *.markdown *.docx)</source>
        <translation>Taslaklar (*.txt *.md *.markdown *.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="614"/>
        <source>Import failed</source>
        <translation>İçe aktarılamadı</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="615"/>
        <source>The draft could not be imported.</source>
        <translation>Taslak içe aktarılamadı.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="675"/>
        <source>The recovery copy cannot be read.</source>
        <translation>Kurtarma kopyası okunamıyor.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="717"/>
        <source>The settings could not be saved.</source>
        <translation>Ayarlar kaydedilemedi.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="674"/>
        <source>Cannot restore</source>
        <translation>Geri yüklenemiyor</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="716"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
</context>
</TS>
