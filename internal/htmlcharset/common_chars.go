package htmlcharset

// Characters that are frequent in running text of each language family,
// written down from general knowledge of the languages (they are not taken
// from any page lede is measured on). Sniffing scores a candidate encoding
// by how much of the decoded text falls in its family's set: text decoded in
// its own encoding hits these sets often, text decoded in a wrong one
// rarely. Only the presence of a character matters, not its rank.

// latinCommon: accented letters and typographic signs of Western and
// Northern European languages (windows-1252).
const latinCommon = "éèêëàâäáãåçîïíìôöóòõøûüúùñÿßæœÉÈÀÂÄÇÖÜÑÁÍÓÚÅØÆ" +
	"\u2019\u2018\u201c\u201d\u2013\u2014\u2026«»€£©®°·•\u00a0¿¡½×™"

// centralCommon: letters of Polish, Czech, Slovak, Hungarian, Croatian,
// Slovenian and Romanian, and their quotation marks (windows-1250).
const centralCommon = "ąęłśćńóźżĄĘŁŚĆŃÓŹŻčďěňřšťůžýáéíúČĎĚŇŘŠŤŮŽÝÁÉÍÚőűöüŐŰÖÜăâîş" +
	"\u201e\u201c\u201d\u2019\u2013\u2014\u2026«»\u00a0°"

// cyrillicCommon: the most frequent lower-case letters of Russian,
// Ukrainian and Bulgarian, and the signs Cyrillic text uses.
const cyrillicCommon = "оеаинтсрвлкмдпуяыіь" + "«»\u2014\u2013\u2026\u201e\u201c\u00a0№"

// greekCommon: the most frequent Greek letters, with their accents.
const greekCommon = "αεοιτνσςηυρκπμλάέίόήύώ" + "«»\u2014\u2013\u2026\u00a0"

// turkishCommon: the letters of Turkish and Azerbaijani that windows-1252
// lacks, the accented letters they share with it, and typographic signs
// (windows-1254).
const turkishCommon = "ğışİĞŞçöüÇÖÜâîû" + "\u2019\u2018\u201c\u201d\u2013\u2014\u2026«»\u00a0°"

// arabicCommon: the most frequent Arabic letters and Arabic punctuation
// (windows-1256).
const arabicCommon = "اليمونرتبعهدسفقكحةأإىجشصطخ" + "،؛؟\u00a0«»"

// hebrewCommon: the most frequent Hebrew letters (windows-1255).
const hebrewCommon = "יוהלרמתאבנשעכדםקחפסגן" + "\u2013\u2014\u00a0״׳"

// thaiCommon: the most frequent Thai letters, vowel signs and tone marks
// (windows-874).
const thaiCommon = "านรองกเมยวีั่ดตลสทิ้"

// cjkPunctuation: full-width punctuation common to Chinese, Japanese and
// Korean text.
const cjkPunctuation = "，。、：；！？（）《》「」『』〈〉【】“”‘’…—·・ー"

// simplifiedCommon: frequent characters of simplified Chinese (gbk).
const simplifiedCommon = "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于" +
	"着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还" +
	"进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情" +
	"明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或" +
	"新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员" +
	"解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太" +
	"量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基" +
	"眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交" +
	"规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济" +
	"车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调" +
	"深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越" +
	"器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历" +
	"首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维" +
	"革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧" +
	"黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值" +
	"仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印" +
	"晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财" +
	"环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担" +
	"州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养" +
	"伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央" +
	"户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮" +
	"露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移" +
	"娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶" +
	"春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣" +
	"择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶" +
	"玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌" +
	"店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿"

// traditionalCommon: the same characters in traditional forms (big5).
const traditionalCommon = "的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得于" +
	"著下自之年過發後作裡用道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還" +
	"進好小部其些主樣理心她本前開但因只從想實日軍者意無力它與長把機十民第公此已工使情" +
	"明性知全三又關點正業外將兩高間由問很最重并物手應戰向頭文體政美相見被利什二等產或" +
	"新己制身果加西斯月話合回特代信表化老給世位次度門任常先海通教儿原東聲提立及比員解" +
	"水名真論處走義各入幾口認條平係气題活爾更別打女變四神總何電數安少報才結反受目太量" +
	"再感建務做接必場件計管期市直德資命山金指克許統區保至隊形社便空決治展馬科司五基眼" +
	"書非則聽白卻界達光放強即像難且權思王象完設式色路記南品住告類求據程北邊死張該交規" +
	"萬取拉格望覺術領共確傳師觀清今切院讓識候帶導爭運笑飛風步改收根幹造言聯持組每濟車" +
	"親極林服快辦議往元英士證近失轉夫令準布始怎呢存未遠叫台單影具羅字愛擊流備兵連調深" +
	"商算質團集百需價花黨華城石級整府離況亞請技際約示復病息究線似官火斷精滿支視消越器" +
	"容照須九增研寫稱企八功嗎包片史委乎查輕易早曾除農找裝廣顯吧阿李標談吃圖念六引歷首" +
	"醫局突專費號盡另周較注語僅考落青隨選列武紅響雖推勢參希古眾構房半節土投某案黑維革" +
	"劃敵致陳律足態護七興派孩驗責營星夠章音跟志底站嚴巴例防族供效續施留講型料終答緊黃" +
	"絕奇察母京段依批群項故按河米圍江織害鬥雙境客紀采舉殺攻父蘇密低朝友訴止細願千值仍" +
	"男錢破網熱助倒育屬坐帝限船臉職速刻樂否剛威毛狀率甚獨球般普怕彈校苦創假久錯承印晚" +
	"蘭試股拿腦預誰益陽若哪微尼繼送急血驚傷素藥適波夜省初喜衛源食險待述陸習置居勞財環" +
	"排福納歡雷警獲模充負雲停木遊龍樹疑層冷洲衝射略範竟句室異激漢村哈策演簡卡罪判擔州" +
	"靜退既衣您宗積余痛檢差富靈協角占配征修皮揮勝降階審沉堅善媽劉讀啊超免壓銀買皇養伊" +
	"懷執副亂抗犯追幫宣佛歲航優怪香田鐵控稅左右份穿藝背陣草腳概惡塊頓敢守酒島托央戶烈" +
	"洋哥索胡款靠評版寶座釋景顧弟登貨互付伯慢歐換聞危忙核暗姐介壞討麗良序升監臨亮露永" +
	"呼味野架域沙掉括艦魚雜誤灣吉減編楚肯測敗屋跑夢散溫困劍漸封救貴槍缺樓縣尚毫移娘朋" +
	"畫班智亦耳恩短掌恐遺固席松祕謝魯遇康慮幸均銷鐘詩藏趕劇票損忽巨炮舊端探湖錄葉春鄉" +
	"附吸予禮港雨呀板庭婦歸睛飯額含順輸搖招婚脫補謂督毒油療旅澤材滅逐莫筆亡鮮詞聖擇尋" +
	"廠睡博勒煙授諾倫岸奧唐賣俄炸載洛健堂旁宮喝借君禁陰園謀宋避抓榮姑孫逃牙束跳頂玉鎮" +
	"雪午練迫爺篇肉嘴館遍凡礎洞卷坦牛寧紙諸訓私莊祖絲翻暴森塔默握戲隱熟骨訪弱蒙歌店鬼" +
	"軟典欲薩伙遭盤爸擴蓋弄雄穩忘億"

// japaneseCommon: frequent kanji of Japanese (kana count separately).
const japaneseCommon = "日一国人年大十二本中長出三同時政事自行社見月分議後前民生連五発間対上部東者党地合" +
	"市業内相方四定今回新場金員九入選立開手米力学問高代明実円関決子動京全目表戦経通外" +
	"最言氏現理調体化田当八六約主題下首意法不来作性的要用制治度務強気小七成期公持野協" +
	"取都和統以機平総加山思家話世受区領多県続進正安設保改数記院女初北午指権心界支第産" +
	"結百派点教報済書府活原先共得解名交資予川向際査勢税引物私彼何次品道元電車朝夜店駅" +
	"番号語読聞食飲住所親友左右西南春夏秋冬毎週曜火水木土万千半昨"

// koreanCommon: frequent Hangul syllables.
const koreanCommon = "이다는의에을하고가한지서로기대사도자리정일시수인들를어아게것국장부해있적나전보주" +
	"제원상으공구경동요라중면만과했며되와여소성관위년된조우비화마방문신계진무선연개회" +
	"분내행학출용거당미실업니세명생간심발입터없까통반모치교러물후날결오단합말저그안더" +
	"본권또할때두및등히던번불려금식받록란파운체차표김민추작데트크스프드레르음울영역점" +
	"현법군향노력설강남북료함약재준응석손습색희활형험"
