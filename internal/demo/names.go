package demo

import (
	"strconv"
	"strings"
)

// nameOrder is how a culture writes a full name.
type nameOrder int

const (
	givenFirst   nameOrder = iota // Jürgen Müller
	familyFirst                   // Nguyễn Thị Hoa: family, middle, given, with spaces
	familyJoined                  // 李小龍: family and given written together
)

// culture is a naming tradition. Names outside the Latin script are written
// "native|latin", the Latin form being what the email address is made from. Surnames
// with male and female forms are written "male/female".
type culture struct {
	weight   int
	order    nameOrder
	female   []string
	male     []string
	surnames []string
	middleF  []string // Vietnamese middle names
	middleM  []string
	double   bool // Spanish and Portuguese: often two surnames
}

var cultures = []culture{
	{weight: 5, female: words("Emma Olivia Sophie Charlotte Hannah Grace Lucy Chloe Amy Rachel Laura Megan Jessica Ellie Holly Sarah Katie Rebecca Natalie Joanne Claire Helen Abigail Siobhán Niamh Aoife"),
		male:     words("James Oliver Thomas Daniel Jack Harry George William Matthew Samuel Joseph Liam Ryan Callum Adam Luke Ben Connor Owen Nathan Mark Paul Stephen Gareth Seán Ciarán"),
		surnames: words("Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke Harris Lewis Hughes Edwards Turner Hill Moore Cooper Ward Morris O'Brien McAllister Fitzgerald Baker")},
	{weight: 3, female: words("Anna Katharina Julia Lena Sabine Ute Birgit Jana Franziska Jutta Heike Lea Annika Miriam Käthe Dörte Svenja Theresa"),
		male:     words("Jürgen Jörg Lukas Tobias Matthias Stefan Björn Günter Florian Maximilian Uwe Sören Klaus Dieter Felix Jonas Andreas Rüdiger"),
		surnames: words("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Krüger Hoffmann Hartmann Lange Köhler Groß Weiß Fuchs Jäger Böhm Günther Vogel")},
	{weight: 3, female: words("Zoë Amélie Chloé Léa Camille Manon Inès Margaux Hélène Élodie Céline Séverine Océane Maëlle Noémie Clémence Aurélie Mélanie Françoise Agnès"),
		male:     words("Benoît François Étienne Jérôme Théo Mathéo Raphaël Loïc Gaël Hervé Sébastien Jérémie Noël Aurélien Léo Clément Cédric Frédéric Thierry Maxime"),
		surnames: words("Lefèvre Dubois Moreau Laurent Rousseau Fournier Girard Bonnet Dupont Lambert Fontaine Chevalier Mercier Blanc Guérin Boyer Garnier Faure André Gauthier Perrin Leclerc Bérard Ménard Lemaître Caron Rivière Bénard Lécuyer")},
	{weight: 3, double: true, female: words("Lucía Sofía Martina Paula Elena Carmen Inés Begoña Nuria Ainhoa Rocío Marta Alba Pilar Almudena Irene Maite Montserrat"),
		male:     words("Martín Álvaro Sergio Iñaki Jesús Andrés Rubén Adrián Óscar Raúl Íñigo Javier Pablo Joaquín Ramón Víctor Hugo Gonzalo"),
		surnames: words("Núñez García Rodríguez Fernández López Martínez Sánchez Pérez Gómez Díaz Jiménez Ruiz Hernández Álvarez Muñoz Romero Gutiérrez Navarro Domínguez Vázquez Ibáñez Peña Castaño Ortega")},
	{weight: 3, female: words("Agnieszka Małgorzata Katarzyna Zofia Joanna Magdalena Aleksandra Dorota Ewa Łucja Bożena Grażyna Kinga Iwona"),
		male:     words("Łukasz Paweł Michał Krzysztof Wojciech Jędrzej Przemysław Grzegorz Tomasz Maciej Piotr Bartłomiej Zbigniew Mikołaj"),
		surnames: words("Wróblewski/Wróblewska Kowalski/Kowalska Nowak Wiśniewski/Wiśniewska Wójcik Kamiński/Kamińska Lewandowski/Lewandowska Zieliński/Zielińska Szymański/Szymańska Woźniak Dąbrowski/Dąbrowska Kozłowski/Kozłowska Jankowski/Jankowska Mazur Krawczyk Piątek Grabowski/Grabowska Pawłowski/Pawłowska Michalski/Michalska Król Wieczorek Jabłoński/Jabłońska Żak Sikora")},
	{weight: 2, female: words("Ayşe Elif Zeynep Fatma Emine Gülşen Özlem Şule Büşra Merve Derya Sevgi İpek Çiğdem Hülya Nur"),
		male:     words("Mehmet Mustafa Ahmet Emre Burak Oğuz Çağlar Serkan Hakan Gökhan İbrahim Ömer Murat Tolga Yusuf Barış Uğur"),
		surnames: words("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Koç Kurt Özkan Şimşek Polat Güneş Erdoğan Aktaş Kaplan")},
	{weight: 2, female: words("Ελένη|eleni Μαρία|maria Αικατερίνη|aikaterini Βασιλική|vasiliki Σοφία|sofia Αγγελική|angeliki Δήμητρα|dimitra Γεωργία|georgia Ευαγγελία|evangelia Χριστίνα|christina Ιωάννα|ioanna Δέσποινα|despoina Αναστασία|anastasia"),
		male:     words("Γιώργος|giorgos Δημήτρης|dimitris Νίκος|nikos Κώστας|kostas Γιάννης|giannis Παναγιώτης|panagiotis Βασίλης|vasilis Χρήστος|christos Αθανάσιος|athanasios Σπύρος|spyros Ευάγγελος|evangelos Μιχάλης|michalis Στέλιος|stelios"),
		surnames: words("Παπαδόπουλος|papadopoulos/Παπαδοπούλου|papadopoulou Παπαδάκης|papadakis/Παπαδάκη|papadaki Γεωργίου|georgiou Οικονόμου|oikonomou Νικολάου|nikolaou Βασιλείου|vasileiou Ιωάννου|ioannou Καραγιάννης|karagiannis/Καραγιάννη|karagianni Αντωνίου|antoniou Μακρής|makris/Μακρή|makri Παπανικολάου|papanikolaou Δημητρίου|dimitriou Κωνσταντίνου|konstantinou Αλεξίου|alexiou Μαυρίδης|mavridis/Μαυρίδου|mavridou Χατζηδάκης|chatzidakis/Χατζηδάκη|chatzidaki Σταματόπουλος|stamatopoulos/Σταματοπούλου|stamatopoulou Λαμπράκης|lamprakis/Λαμπράκη|lampraki Πετρόπουλος|petropoulos/Πετροπούλου|petropoulou")},
	{weight: 2, female: words("Анна|anna Елена|elena Ольга|olga Наталья|natalya Татьяна|tatyana Ирина|irina Светлана|svetlana Екатерина|ekaterina Мария|maria Юлия|yulia Дарья|darya Ксения|ksenia Алёна|alyona Вера|vera"),
		male:     words("Дмитрий|dmitry Алексей|alexey Сергей|sergey Андрей|andrey Михаил|mikhail Иван|ivan Николай|nikolay Владимир|vladimir Павел|pavel Артём|artyom Максим|maxim Егор|egor Фёдор|fyodor Илья|ilya"),
		surnames: words("Иванов|ivanov/Иванова|ivanova Смирнов|smirnov/Смирнова|smirnova Кузнецов|kuznetsov/Кузнецова|kuznetsova Попов|popov/Попова|popova Соколов|sokolov/Соколова|sokolova Лебедев|lebedev/Лебедева|lebedeva Козлов|kozlov/Козлова|kozlova Новиков|novikov/Новикова|novikova Морозов|morozov/Морозова|morozova Петров|petrov/Петрова|petrova Волков|volkov/Волкова|volkova Соловьёв|solovyov/Соловьёва|solovyova Васильев|vasiliev/Васильева|vasilieva Зайцев|zaitsev/Зайцева|zaitseva Павлов|pavlov/Павлова|pavlova Семёнов|semyonov/Семёнова|semyonova Голубев|golubev/Голубева|golubeva Виноградов|vinogradov/Виноградова|vinogradova Богданов|bogdanov/Богданова|bogdanova Воробьёв|vorobyov/Воробьёва|vorobyova")},
	{weight: 2, female: words("Оксана|oksana Олена|olena Ганна|hanna Ірина|iryna Наталія|nataliia Юлія|yuliia Софія|sofiia Тетяна|tetiana Людмила|liudmyla Галина|halyna Христина|khrystyna Леся|lesia"),
		male:     words("Олександр|oleksandr Тарас|taras Богдан|bohdan Андрій|andrii Юрій|yurii Олег|oleh Василь|vasyl Микола|mykola Остап|ostap Ярослав|yaroslav Дмитро|dmytro Віталій|vitalii Ігор|ihor Степан|stepan"),
		surnames: words("Шевченко|shevchenko Коваленко|kovalenko Бондаренко|bondarenko Ткаченко|tkachenko Кравченко|kravchenko Олійник|oliinyk Мельник|melnyk Шевчук|shevchuk Поліщук|polishchuk Бойко|boiko Ткачук|tkachuk Савченко|savchenko Руденко|rudenko Марченко|marchenko Лисенко|lysenko Гончаренко|honcharenko Клименко|klymenko Павленко|pavlenko Мороз|moroz Кравчук|kravchuk")},
	{weight: 2, order: familyFirst, female: words("Hoa Lan Hương Mai Linh Trang Thảo Phương Hằng Huyền Yến Nhung Vy"),
		male:     words("Hùng Dũng Tuấn Minh Long Phúc Khánh Quang Hải Sơn Thắng Việt Bình"),
		surnames: words("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý"),
		middleF:  words("Thị Ngọc Thu Minh Thanh Bảo"),
		middleM:  words("Văn Đức Minh Quốc Hữu Thành")},
	{weight: 2, female: words("Åsa Ingrid Sigrid Astrid Linnéa Maja Kari Solveig Märta Ylva Guðrún Freja Sólveig"),
		male:     words("Bjørn Søren Håkan Lars Anders Nils Øystein Magnus Pål Sindre Einar Mikael Jón"),
		surnames: words("Øberg Ødegaard Åberg Lindström Sjöberg Bjørnstad Håkansson Näslund Dahl Lundqvist Jørgensen Nørgaard Sørensen Ström Löfgren Ek Berg Strand Halvorsen Mæland")},
	{weight: 2, female: words("Fatima Aisha Layla Mariam Noor Yasmin Huda Rania Salma Zainab Amira Hana Dalia"),
		male:     words("Mohammed Ahmed Omar Youssef Khalid Hassan Ali Karim Tariq Samir Hamza Bilal Nabil Ibrahim"),
		surnames: words("Al-Sayed Haddad Khoury Mansour Nasser Saleh Abdullah El-Amin Farouk Hamdan Aziz Rahman Bakr Suleiman Al-Farsi Darwish Bouzid Benali El-Idrissi Chahine")},
	{weight: 1, female: words("فاطمة|fatima عائشة|aisha ليلى|layla مريم|mariam نور|noor ياسمين|yasmin هدى|huda رانيا|rania سلمى|salma زينب|zainab"),
		male:     words("محمد|mohammed أحمد|ahmed عمر|omar يوسف|youssef خالد|khalid حسن|hassan علي|ali كريم|karim طارق|tariq سمير|samir"),
		surnames: words("الحداد|alhaddad منصور|mansour ناصر|nasser صالح|saleh العلي|alali الشامي|alshami حمدان|hamdan عزيز|aziz درويش|darwish الفارسي|alfarsi القاسم|alqasim السيد|alsayed الخطيب|alkhatib النجار|alnajjar البكري|albakri")},
	{weight: 2, order: familyJoined, female: words("秀英|xiuying 芳|fang 娜|na 敏|min 静|jing 丽|li 艳|yan 娟|juan 霞|xia 秀兰|xiulan 桂英|guiying 雨桐|yutong 欣怡|xinyi 思琪|siqi"),
		male:     words("小龍|xiaolong 伟|wei 强|qiang 磊|lei 军|jun 洋|yang 勇|yong 杰|jie 涛|tao 明|ming 超|chao 刚|gang 建华|jianhua 晓明|xiaoming 子轩|zixuan 思远|siyuan"),
		surnames: words("李|li 王|wang 张|zhang 刘|liu 陈|chen 杨|yang 黄|huang 赵|zhao 吴|wu 周|zhou 徐|xu 孙|sun 马|ma 朱|zhu 胡|hu 郭|guo 何|he 林|lin 罗|luo 高|gao")},
	{weight: 1, order: familyJoined, female: words("花子|hanako 陽子|yoko 美咲|misaki 結衣|yui さくら|sakura 愛|ai 由美|yumi 真由美|mayumi 恵子|keiko 彩|aya 直子|naoko"),
		male:     words("健太|kenta 大輔|daisuke 翔太|shota 拓也|takuya 直樹|naoki 浩|hiroshi 誠|makoto 亮|ryo 蓮|ren 悠人|yuto 隆|takashi 和也|kazuya"),
		surnames: words("佐藤|sato 鈴木|suzuki 高橋|takahashi 田中|tanaka 伊藤|ito 渡辺|watanabe 山本|yamamoto 中村|nakamura 小林|kobayashi 加藤|kato 吉田|yoshida 山田|yamada 佐々木|sasaki 松本|matsumoto 井上|inoue 木村|kimura 林|hayashi 清水|shimizu")},
	{weight: 1, order: familyJoined, female: words("서연|seoyeon 지우|jiwoo 하은|haeun 수빈|subin 지민|jimin 민지|minji 예은|yeeun"),
		male:     words("민준|minjun 도윤|doyun 예준|yejun 시우|siwoo 준호|junho 현우|hyunwoo 성민|sungmin"),
		surnames: words("김|kim 이|lee 박|park 최|choi 정|jung 강|kang 조|cho 윤|yoon 장|jang 한|han")},
	{weight: 1, female: words("प्रिया|priya अनीता|anita सुनीता|sunita पूजा|pooja नेहा|neha कविता|kavita दीपिका|deepika लक्ष्मी|lakshmi आरती|aarti मीना|meena"),
		male:     words("राहुल|rahul अमित|amit विजय|vijay सुरेश|suresh राजेश|rajesh अर्जुन|arjun संजय|sanjay रवि|ravi अनिल|anil विक्रम|vikram"),
		surnames: words("शर्मा|sharma वर्मा|verma गुप्ता|gupta सिंह|singh कुमार|kumar पटेल|patel मेहता|mehta जोशी|joshi अग्रवाल|agarwal चौधरी|chaudhary मिश्रा|mishra यादव|yadav रेड्डी|reddy नायर|nair अय्यर|iyer")},
	{weight: 2, female: words("Priya Ananya Kavya Deepa Sunita Pooja Neha Shreya Lakshmi Meera Divya Swati"),
		male:     words("Rahul Arjun Vikram Sanjay Rajesh Amit Suresh Karthik Rohan Aditya Manoj Harish"),
		surnames: words("Sharma Patel Gupta Singh Reddy Nair Iyer Mehta Joshi Chaudhary Banerjee Desai Kapoor Menon Pillai Krishnan")},
	{weight: 1, female: words("Fúnmiláyọ̀ Adérónkẹ́ Ìbùkún Títílayọ̀ Yétúndé Àdùnní Mọ́jísọ́lá Ọlájùmọ̀kẹ́ Bọ́lánlé Kẹ́hìndé"),
		male:     words("Adébáyọ̀ Olúwaṣẹ́gun Babátúndé Oláolúwa Túndé Ayọ̀délé Ọlámídé Kọ́lá Bámidélé Olúmídé"),
		surnames: words("Adéyẹmí Ọládípọ̀ Ògúnlẹ́yẹ Àjàyí Ọlátúnjí Òkéowó Afọláyan Oyèlárán Adéwálé Fáṣọlá Akínwándé Ìdòwú")},
	{weight: 2, double: true, female: words("Ana Beatriz Conceição Inês Joana Mariana Leonor Luísa Margarida Fernanda Sónia Graça"),
		male:     words("João Tiago Gonçalo Rui Sérgio André Luís Nuno Vítor Fábio Simão Duarte"),
		surnames: words("Gonçalves Fernandes Magalhães Simões Araújo Brandão Câmara Loureiro Sequeira Assunção Guimarães Pereira Carvalho Monteiro")},
	{weight: 1, female: words("Tereza Kateřina Lucie Barbora Zuzana Markéta Jana Šárka"),
		male:     words("Jiří Tomáš Ondřej Lukáš Vojtěch Přemysl Radek Jaroslav"),
		surnames: words("Dvořák/Dvořáková Novák/Nováková Svoboda/Svobodová Černý/Černá Procházka/Procházková Kučera/Kučerová Veselý/Veselá Horák/Horáková Němec/Němcová Růžička/Růžičková")},
}

var cultureWeights = func() int {
	n := 0
	for _, c := range cultures {
		n += c.weight
	}
	return n
}()

func words(s string) []string { return strings.Fields(s) }

// script splits "native|latin" into its two forms; a Latin-script name is its own
// Latin form.
func script(s string) (native, latin string) {
	if n, l, ok := strings.Cut(s, "|"); ok {
		return n, l
	}
	return s, s
}

// gendered picks the male or female form of "male/female".
func gendered(s string, female bool) string {
	m, f, ok := strings.Cut(s, "/")
	if ok && female {
		return f
	}
	return m
}

// personName is a generated name: how it is written, what colleagues call the person,
// and the Latin given and family names an email address is made from.
type personName struct {
	full, call  string
	latinGiven  string
	latinFamily string
}

// drawName draws a name not used yet, trying a few times before accepting a repeat: in
// a business of thousands two people may share a name, but rarely.
func (g *generator) drawName() personName {
	var n personName
	for try := 0; try < 12; try++ {
		n = g.randomName()
		if !g.names[n.full] {
			break
		}
	}
	g.names[n.full] = true
	return n
}

func (g *generator) randomName() personName {
	c := g.randomCulture()
	female := g.chance(0.5)
	given := c.male
	if female {
		given = c.female
	}
	gn, gl := script(pick(g, given))
	fn, fl := script(gendered(pick(g, c.surnames), female))
	n := personName{call: gn, latinGiven: gl, latinFamily: fl}
	switch c.order {
	case familyFirst:
		middle := c.middleM
		if female {
			middle = c.middleF
		}
		n.full = fn + " " + pick(g, middle) + " " + gn
	case familyJoined:
		n.full, n.call = fn+gn, fn+gn
	default:
		n.full = gn + " " + fn
		if c.double && g.chance(0.6) {
			n.full += " " + gendered(pick(g, c.surnames), female)
		}
	}
	return n
}

func (g *generator) randomCulture() *culture {
	r := g.rng.IntN(cultureWeights)
	for i := range cultures {
		if r < cultures[i].weight {
			return &cultures[i]
		}
		r -= cultures[i].weight
	}
	return &cultures[0]
}

// emailDomain is the sample company's mail domain; .example is reserved, so no real
// inbox can receive anything.
const emailDomain = "harlowprecision.example"

// email makes a unique given.family address from a name's Latin form.
func (g *generator) email(n personName) string {
	given, _, _ := strings.Cut(asciiFold(n.latinGiven), " ")
	local := given + "." + strings.ReplaceAll(asciiFold(n.latinFamily), " ", "")
	addr := local + "@" + emailDomain
	for i := 2; g.emails[addr]; i++ {
		addr = local + strconv.Itoa(i) + "@" + emailDomain
	}
	g.emails[addr] = true
	return addr
}

// asciiFolds maps accented Latin letters to the plain letters people use in email
// addresses.
var asciiFolds = func() map[rune]string {
	groups := []string{
		"a:àáâãäåāăąạảấầẩẫậắằẳẵặ", "c:çćĉċč", "d:ďđð", "e:èéêëēĕėęěẹẻẽếềểễệ", "g:ĝğġģ",
		"i:ìíîïĩīĭįıỉị", "l:ĺļľŀł", "n:ñńņňŉ", "o:òóôõöøōŏőơọỏốồổỗộớờởỡợ", "r:ŕŗř",
		"s:śŝşšșṣ", "t:ţťŧț", "u:ùúûüũūŭůűųưụủứừửữự", "y:ýÿŷỳỵỷỹ", "z:źżž",
		"ss:ß", "ae:æ", "oe:œ", "th:þ",
	}
	m := map[rune]string{}
	for _, grp := range groups {
		plain, accented, _ := strings.Cut(grp, ":")
		for _, r := range accented {
			m[r] = plain
		}
	}
	return m
}()

// asciiFold lower-cases s and keeps only what an ordinary email address holds.
func asciiFold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r == '-', r == ' ':
			b.WriteRune(r)
		case asciiFolds[r] != "":
			b.WriteString(asciiFolds[r])
		}
	}
	return b.String()
}
