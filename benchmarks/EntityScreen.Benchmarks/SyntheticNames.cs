using System.Text;

namespace EntityScreen.Benchmarks;

/// <summary>
/// Deterministic generator of realistic company and person names for scale benchmarks. Companies combine place names,
/// distinctive invented words (built from syllables, drawn with a skew so some recur the way "Huawei" or "Sinopec" do),
/// industry words and legal forms; persons combine given, middle and family names of several cultures; a few
/// companies are written in Chinese. Same seed, same names.
/// </summary>
internal sealed class SyntheticNames
{
    private static readonly string[] s_places =
    [
        "Shenzhen", "Guangzhou", "Shanghai", "Beijing", "Tianjin", "Chengdu", "Wuhan", "Xian", "Harbin", "Dalian",
        "Ningbo", "Xiamen", "Hangzhou", "Nanjing", "Qingdao", "Hong Kong", "Macau", "Taipei", "Moscow", "St. Petersburg",
        "Novosibirsk", "Yekaterinburg", "Kazan", "Samara", "Minsk", "Tehran", "Isfahan", "Tabriz", "Shiraz", "Mashhad",
        "Dubai", "Sharjah", "Abu Dhabi", "Karachi", "Lahore", "Islamabad", "Damascus", "Aleppo", "Beirut", "Baghdad",
        "Pyongyang", "Caracas", "Havana", "Istanbul", "Ankara", "Almaty", "Tashkent", "Baku", "Yerevan", "Tbilisi",
        "Hamburg", "Rotterdam", "Antwerp", "Limassol", "Valletta", "Singapore", "Kuala Lumpur", "Jakarta", "Bangkok",
        "Hanoi", "Mumbai", "Delhi", "Chennai", "Colombo", "Dhaka", "Nairobi", "Lagos", "Khartoum", "Tripoli", "Cairo",
        "Panama", "Bogota", "Lima", "Sofia", "Belgrade", "Bucharest", "Riga", "Vilnius", "Tallinn", "Kyiv", "Odesa",
        "Pacific", "Atlantic", "Eurasia", "Asia Pacific", "Gulf", "Caspian", "Baltic", "Arctic", "Orient", "Silk Road",
    ];

    private static readonly string[] s_industries =
    [
        "Technology", "Technologies", "Electronics", "Electronic", "Trading", "Import Export", "Shipping", "Logistics",
        "Petrochemical", "Petroleum", "Oil", "Gas", "Energy", "Aviation", "Aerospace", "Machinery", "Industrial",
        "Industries", "Engineering", "Semiconductor", "Microelectronics", "Optics", "Optoelectronics", "Instruments",
        "Chemical", "Chemicals", "Pharmaceutical", "Investment", "Holding", "Holdings", "Group", "Development",
        "Materials", "New Materials", "Mining", "Metals", "Steel", "Software", "Information", "Communication",
        "Telecommunications", "Defense", "Research Institute", "Intelligent", "Equipment", "Precision", "Marine",
        "Navigation", "Automation", "Robotics", "Computer", "Network", "Security", "Systems", "Solutions",
        "International", "General", "United", "Supply", "Components", "Parts", "Power", "Nuclear", "Laser",
    ];

    private static readonly string[] s_legalForms =
    [
        "Co., Ltd.", "Co., Ltd.", "Co., Ltd.", "Limited", "Limited", "Ltd.", "LLC", "LLC", "Inc.", "Corporation", "Corp.",
        "Company", "GmbH", "JSC", "OOO", "PJSC", "S.A.", "S.R.L.", "FZE", "FZCO", "Pte. Ltd.", "Sdn. Bhd.", "B.V.",
        "AG", "Pvt. Ltd.", "LLP", "Limited Liability Company", "Joint Stock Company", "", "",
    ];

    // Syllables for invented distinctive words (brand-like: Korvalex, Tenmira, Zhonghai, Rosvek...).
    private static readonly string[] s_onsets =
    [
        "b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ch", "sh", "zh", "tr", "kr", "st", "x", "y", "w",
    ];

    private static readonly string[] s_vowels = ["a", "e", "i", "o", "u", "ai", "ei", "ia", "ou", "an", "en", "in", "on", "ang", "eng", "ong"];
    private static readonly string[] s_codas = ["", "", "", "n", "r", "l", "s", "k", "x", "m", "t", "v"];

    private static readonly (string[] Given, string[] Middle, string[] Family, bool FamilyFirst)[] s_cultures =
    [
        ( // Chinese (pinyin), family name first
            ["Wei", "Fang", "Na", "Min", "Jing", "Lei", "Jun", "Yang", "Yong", "Jie", "Tao", "Ming", "Chao", "Xiu Ying", "Gui Ying",
             "Xiaoming", "Jianguo", "Zhiqiang", "Haiyan", "Lihua", "Dong", "Hui", "Qiang", "Ping", "Gang", "Hong", "Xin", "Bo"],
            [],
            ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo",
             "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng"],
            true),
        ( // Russian: given, patronymic, family
            ["Sergei", "Alexander", "Dmitry", "Andrei", "Alexei", "Ivan", "Mikhail", "Nikolai", "Vladimir", "Yuri", "Oleg",
             "Igor", "Pavel", "Viktor", "Olga", "Elena", "Tatiana", "Natalia", "Irina", "Svetlana", "Anna", "Maria"],
            ["Ivanovich", "Sergeyevich", "Alexandrovich", "Vladimirovich", "Nikolaevich", "Petrovich", "Viktorovich",
             "Ivanovna", "Sergeyevna", "Alexandrovna", "Vladimirovna", "Nikolaevna", "Petrovna"],
            ["Ivanov", "Petrov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Lebedev", "Kozlov", "Novikov", "Morozov",
             "Volkov", "Solovyov", "Vasiliev", "Zaitsev", "Pavlov", "Semenov", "Golubev", "Vinogradov", "Bogdanov", "Orlov"],
            false),
        ( // Arabic / Persian
            ["Mohammad", "Muhammad", "Ahmed", "Ali", "Hassan", "Hussein", "Omar", "Khalid", "Abdullah", "Ibrahim", "Yusuf",
             "Mahmoud", "Reza", "Hamid", "Saeed", "Mostafa", "Mehdi", "Ahmad", "Fatima", "Zainab", "Maryam", "Leila"],
            ["bin Ali", "bin Hassan", "Reza", "Hossein", "Abdul", "bin Salem", "Mohammad", "al-Din"],
            ["Al-Rashid", "Al-Hashimi", "Hosseini", "Rezaei", "Mohammadi", "Ahmadi", "Karimi", "Rahimi", "Jafari", "Haddad",
             "Khalil", "Nasser", "Al-Khatib", "Mansour", "Saleh", "Qasim", "Tehrani", "Shirazi", "Moradi", "Kazemi"],
            false),
        ( // Hispanic: given, family, second family
            ["Juan", "Carlos", "Jose", "Luis", "Miguel", "Jorge", "Pedro", "Alejandro", "Diego", "Rafael", "Maria", "Ana",
             "Carmen", "Lucia", "Isabel", "Rosa", "Juan Carlos", "Jose Luis", "Maria Jose"],
            [],
            ["Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres",
             "Flores", "Rivera", "Gomez", "Diaz", "Morales", "Reyes", "Cruz", "Ortiz", "Gutierrez", "Chavez", "Castillo"],
            false),
        ( // English
            ["John", "Michael", "David", "James", "Robert", "William", "Richard", "Thomas", "Mark", "Paul", "Mary", "Patricia",
             "Jennifer", "Linda", "Elizabeth", "Susan", "Sarah", "Karen"],
            ["A.", "J.", "M.", "Lee", "Ann", "Edward", "Marie"],
            ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas",
             "Moore", "Jackson", "White", "Harris", "Martin", "Thompson", "Clark", "Lewis", "Walker"],
            false),
        ( // Korean, family first
            ["Jong Un", "Song Il", "Chol", "Myong Hak", "Kyong Hui", "Yong Ho", "Jae Hyun", "Min Jun", "Seo Yeon", "Ji Ho",
             "Hyun Woo", "Young Soo", "Sung Min", "Kwang Chol", "Il Nam", "Chang Ho"],
            [],
            ["Kim", "Lee", "Pak", "Park", "Choe", "Choi", "Jong", "Kang", "Cho", "Yun", "Jang", "Ri", "Han", "O", "So", "Ryu"],
            true),
        ( // Turkish
            ["Mehmet", "Mustafa", "Ahmet", "Ali", "Huseyin", "Hasan", "Ibrahim", "Murat", "Emre", "Burak", "Ayse", "Fatma",
             "Emine", "Zeynep", "Elif"],
            [],
            ["Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Yildiz", "Yildirim", "Ozturk", "Aydin", "Ozdemir", "Arslan",
             "Dogan", "Kilic", "Aslan", "Cetin", "Kara", "Koc", "Kurt"],
            false),
        ( // Indian
            ["Rajesh", "Suresh", "Amit", "Rahul", "Vijay", "Sanjay", "Anil", "Ravi", "Arun", "Priya", "Sunita", "Anita",
             "Deepak", "Manoj", "Kavita"],
            ["Kumar", "Prakash", "Lal", "Chand"],
            ["Sharma", "Patel", "Singh", "Gupta", "Kumar", "Reddy", "Rao", "Iyer", "Nair", "Mehta", "Shah", "Joshi", "Verma",
             "Agarwal", "Malhotra", "Kapoor", "Chopra", "Desai"],
            false),
    ];

    private static readonly string[] s_hanPlaces = ["深圳", "广州", "上海", "北京", "天津", "成都", "武汉", "西安", "南京", "杭州", "青岛", "大连", "厦门", "香港", "重庆", "苏州"];
    private static readonly string[] s_hanIndustries = ["科技", "电子", "贸易", "进出口", "物流", "航空", "机械", "工业", "半导体", "光电", "仪器", "化工", "投资", "新材料", "通信", "信息技术", "精密", "智能"];
    private static readonly string[] s_hanLegal = ["有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "研究所"];
    private const string HanWordChars = "华中兴海天宏达信通远航龙盛泰金瑞恒鑫安祥光明新创博联星腾飞宇凯鹏锐晶芯微讯邦捷昊润源丰昌德嘉鸿";

    private readonly Random _random;
    private readonly string[] _words;
    private readonly string[] _hanWords;

    /// <summary>Creates a generator.</summary>
    /// <param name="seed">The seed: same seed, same names.</param>
    /// <param name="expectedNames">Roughly how many names will be drawn; sizes the invented-word vocabulary (about one word per four names).</param>
    public SyntheticNames(int seed, int expectedNames)
    {
        _random = new Random(seed);

        // A fixed vocabulary of distinct invented words, drawn from its own seed so a second generator (for unlisted
        // names) with another seed shares the vocabulary only where the skew makes words common.
        var vocabulary = new Random(7919);
        var size = Math.Max(2_000, expectedNames / 4);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < size)
        {
            words.Add(InventWord(vocabulary));
        }

        _words = [.. words];
        // Two- or three-character trade names: 47 characters give about 106,000 such words, so the cap is reachable.
        var hanWords = new HashSet<string>(StringComparer.Ordinal);
        while (hanWords.Count < Math.Clamp(size / 20, 500, 20_000))
        {
            var length = vocabulary.Next(10) < 7 ? 2 : 3;
            hanWords.Add(string.Create(length, vocabulary, static (span, r) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = HanWordChars[r.Next(HanWordChars.Length)];
                }
            }));
        }

        _hanWords = [.. hanWords];
    }

    /// <summary>Party type of the last name drawn.</summary>
    public PartyType LastType { get; private set; }

    /// <summary>Draws the next name: about 55% companies, 40% persons, 5% Chinese-script companies.</summary>
    public string Next()
    {
        var roll = _random.NextDouble();
        if (roll < 0.55)
        {
            LastType = PartyType.Organization;
            return Company();
        }

        if (roll < 0.95)
        {
            LastType = PartyType.Person;
            return Person();
        }

        LastType = PartyType.Organization;
        return HanCompany();
    }

    /// <summary>A Latin-script company name.</summary>
    public string Company()
    {
        var legal = Pick(s_legalForms);
        var name = _random.Next(8) switch
        {
            0 or 1 => $"{Pick(s_places)} {Word()} {Pick(s_industries)}",
            2 => $"{Word()} {Pick(s_industries)} {Pick(s_industries)}",
            3 => $"{Word()}",
            4 => $"{Word()} {Word()} {Pick(s_industries)}",
            5 => $"{Pick(s_places)} {Pick(s_industries)} {Pick(s_industries)}",
            6 => $"{Pick(Pick(s_cultures).Family)} & {Pick(Pick(s_cultures).Family)} {Pick(s_industries)}",
            _ => $"{Word()} {Pick(s_industries)}",
        };
        return legal.Length == 0 ? name : $"{name} {legal}";
    }

    /// <summary>A person's name in the order the culture writes it.</summary>
    public string Person()
    {
        var c = Pick(s_cultures);
        var given = Pick(c.Given);

        // A third of family names are rarer ones (invented words): without them a million names would hold each
        // common "Wang Wei" hundreds of times, far more than any real list.
        var family = _random.Next(3) == 0 ? Word() : Pick(c.Family);
        if (c.FamilyFirst)
        {
            return $"{family} {given}";
        }

        if (c.Middle.Length > 0 && _random.Next(2) == 0)
        {
            given = $"{given} {Pick(c.Middle)}";
        }

        // Hispanic names often carry both family names.
        if (c.Middle.Length == 0 && _random.Next(3) == 0)
        {
            family = $"{family} {Pick(c.Family)}";
        }

        return $"{given} {family}";
    }

    /// <summary>A company name in Chinese characters.</summary>
    public string HanCompany() => _random.Next(3) == 0
        ? $"{HanWord()}{Pick(s_hanIndustries)}{Pick(s_hanLegal)}"
        : $"{Pick(s_hanPlaces)}{HanWord()}{Pick(s_hanIndustries)}{Pick(s_hanLegal)}";

    private string Word() => _words[Skewed(_words.Length)];

    private string HanWord() => _hanWords[Skewed(_hanWords.Length)];

    /// <summary>An index in [0, n) skewed towards 0 (u³): the first 10% of the vocabulary gets about half the draws.</summary>
    private int Skewed(int n)
    {
        var u = _random.NextDouble();
        return Math.Min(n - 1, (int)(n * u * u * u));
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private static string InventWord(Random r)
    {
        var sb = new StringBuilder();
        var syllables = r.Next(10) < 6 ? 2 : 3;
        for (var i = 0; i < syllables; i++)
        {
            sb.Append(s_onsets[r.Next(s_onsets.Length)]).Append(s_vowels[r.Next(s_vowels.Length)]);
            if (i == syllables - 1 || r.Next(3) == 0)
            {
                sb.Append(s_codas[r.Next(s_codas.Length)]);
            }
        }

        sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }
}
