package io.raqib.nlp.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.raqib.schemas.Figure;

class FigureFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            قدر أعدادهم بـ 10 آلاف مقاتل                     | 10 آلاف مقاتل                     | 10000    | 10000    | false | FIGHTERS
            ما بين 20 إلى 30 ألفا من المقاتلين              | ما بين 20 إلى 30 ألفا من المقاتلين | 20000    | 30000    | false | FIGHTERS
            يضم المخيم نحو 56 ألف شخص                        | نحو 56 ألف شخص                     | 56000    | 56000    | true  | PEOPLE
            أكثر من 2000 معتقل في السجن                       | أكثر من 2000 معتقل                 | 2000     | -        | false | DETAINEES
            ما يصل إلى 500 جندي أمريكي                        | ما يصل إلى 500 جندي                | -        | 500      | false | TROOPS
            سقط ٢٥ قتيلا في الهجوم                            | ٢٥ قتيلا                           | 25       | 25       | false | CASUALTIES_KILLED
            أصيب 1,500 شخص                                     | 1,500 شخص                          | 1500     | 1500     | false | CASUALTIES_WOUNDED
            يعيش 1,500 شخص في المخيم                          | 1,500 شخص                          | 1500     | 1500     | false | PEOPLE
            رصدت 3 ملايين دولار لإعادة الإعمار               | 3 ملايين دولار                     | 3000000  | 3000000  | false | MONEY
            من 15 إلى 17 ألفاً من عناصر التنظيم              | من 15 إلى 17 ألفاً من عناصر        | 15000    | 17000    | false | FIGHTERS
            حوالي 2 مليون نازح                                 | حوالي 2 مليون نازح                 | 2000000  | 2000000  | true  | PEOPLE
            يضم السجن خمسة آلاف معتقل                          | خمسة آلاف معتقل                    | 5000     | 5000     | false | DETAINEES
            قدرهم بنحو عشرين ألف مقاتل                          | نحو عشرين ألف مقاتل                | 20000    | 20000    | true  | FIGHTERS
            أسفر الهجوم عن مقتل 12 جنديا                        | 12 جنديا                           | 12       | 12       | false | CASUALTIES_KILLED
            وأدى الانفجار إلى إصابة سبعة أشخاص                  | سبعة أشخاص                         | 7        | 7        | false | CASUALTIES_WOUNDED
            اعتقال 40 مشتبها بهم                                | 40 مشتبها                          | 40       | 40       | false | DETAINEES
            خصصت نصف مليون دولار                                | نصف مليون دولار                    | 500000   | 500000   | false | MONEY
            نشر زهاء ثلاثمئة جندي أمريكي                        | زهاء ثلاثمئة جندي                  | 300      | 300      | true  | TROOPS
            ما لا يقل عن 200 عنصر                               | ما لا يقل عن 200 عنصر              | 200      | -        | false | FIGHTERS
            لا يتجاوز عددهم 500 مقاتل                           | لا يتجاوز عددهم 500 مقاتل          | -        | 500      | false | FIGHTERS
            بين عشرة وعشرين ألف مقاتل                           | بين عشرة وعشرين ألف مقاتل          | 10000    | 20000    | false | FIGHTERS
            ضبطت 150 قذيفة هاون                                 | 150 قذيفة                          | 150      | 150      | false | WEAPONS
            تمتد على مساحة 40 كيلومترا مربعا                    | 40 كيلومترا مربعا                  | 40       | 40       | false | AREA
            فر 25 سجينا من السجن                                | 25 سجينا                           | 25       | 25       | false | DETAINEES
            يقبع في السجن أكثر من 5 آلاف مقاتل                  | أكثر من 5 آلاف مقاتل               | 5000     | -        | false | DETAINEES
            تجاوز عددهم 3 آلاف معتقل                            | تجاوز عددهم 3 آلاف معتقل           | 3000     | -        | false | DETAINEES
            وأصيب اثنان آخران بجروح                             | اثنان آخران                        | 2        | 2        | false | CASUALTIES_WOUNDED
            سجلت 17 هجوما خلال الشهر                            | 17 هجوما                           | 17       | 17       | false | OTHER
            أقل من ألفي جندي                                    | أقل من ألفي جندي                   | -        | 2000     | false | TROOPS
            قوة لا يزيد قوامها على ألف جندي                     | لا يزيد قوامها على ألف جندي        | -        | 1000     | false | TROOPS
            تطهير مساحة تزيد على ٢٥٠٠ كيلومتر مربع              | تزيد على ٢٥٠٠ كيلومتر مربع         | 2500     | -        | false | AREA
            تمتد على مساحة تقارب 300 كم²                        | تقارب 300 كم²                      | 300      | 300      | true  | AREA
            المقاتلين المتفرغين لا يتجاوزون ألفين               | لا يتجاوزون ألفين                  | -        | 2000     | false | FIGHTERS
            إن عدد عناصر التنظيم في سوريا يناهز ستة آلاف         | يناهز ستة آلاف                     | 6000     | 6000     | true  | FIGHTERS
            نفذ التنظيم خلال العام 86 هجوما                      | 86 هجوما                           | 86       | 86       | false | OTHER
            نفذت الطائرات ١٤ طلعة جوية                           | ١٤ طلعة                            | 14       | 14       | false | OTHER
            حوّلت الشبكة نحو مليون ونصف مليون دولار             | نحو مليون ونصف مليون دولار         | 1500000  | 1500000  | true  | MONEY
            ضبطت مبلغا قدره ملياران و200 مليون دينار            | ملياران و200 مليون دينار           | 2.2E9    | 2.2E9    | false | MONEY
            يؤوي سجن الحوت نحو ثمانية آلاف نزيل                 | نحو ثمانية آلاف نزيل               | 8000     | 8000     | true  | DETAINEES
            يضم السجن قرابة 4 آلاف رجل وفتى                      | قرابة 4 آلاف رجل                   | 4000     | 4000     | true  | DETAINEES
            يضم المخيم قرابة 4 آلاف امرأة وطفل                   | قرابة 4 آلاف امرأة                 | 4000     | 4000     | true  | PEOPLE
            تحتجز قسد حوالي 10 آلاف مقاتل من التنظيم             | حوالي 10 آلاف مقاتل                | 10000    | 10000    | true  | DETAINEES
            بين المعتقلين ثلاثة قياديين                         | ثلاثة قياديين                      | 3        | 3        | false | DETAINEES
            نقلت السلطات أكثر من 200 من أخطر المحتجزين          | أكثر من 200 من أخطر المحتجزين      | 200      | -        | false | DETAINEES
            اعتقلت قسد منذ بداية العام 18 شخصا                  | 18 شخصا                            | 18       | 18       | false | DETAINEES
            قتلت القوات خلال الفترة ذاتها 42 إرهابيا             | 42 إرهابيا                         | 42       | 42       | false | CASUALTIES_KILLED
            أعلن اعتقال شبكة من أربعة مهربين                   | أربعة مهربين                       | 4        | 4          | false | DETAINEES
            وأن 47 عنصرا من الجيش السوري والمجموعات الرديفة قتلوا | 47 عنصرا                          | 47       | 47       | false | CASUALTIES_KILLED
            مقتل قيادي بارز كان يقود 200 مقاتل                  | 200 مقاتل                          | 200      | 200      | false | FIGHTERS
            استشهد ثلاثة من منتسبي الشرطة الاتحادية             | ثلاثة من منتسبي                    | 3        | 3        | false | CASUALTIES_KILLED
            تحتجز الخلية ثلاثة آخرين من المختطفين               | ثلاثة آخرين من المختطفين           | 3        | 3        | false | PEOPLE
            تراجع عدد قاطنيه إلى ما دون 40 ألف شخص              | ما دون 40 ألف شخص                  | -        | 40000    | false | PEOPLE
            أفرجت الخلية عن تسعة من جامعي الكمأ                | تسعة                               | 9        | 9        | false | PEOPLE
            أفرجت السلطات عن 50 معتقلا                          | 50 معتقلا                          | 50       | 50       | false | DETAINEES
            قالت إن قوات الأمن نشرت أكثر من ألفي عنصر إضافي     | أكثر من ألفي عنصر                  | 2000     | -        | false | SECURITY_PERSONNEL
            أودت بحياة 19 شخصا على الأقل                        | 19 شخصا على الأقل                  | 19       | -        | false | CASUALTIES_KILLED
            أسفرت العملية عن تحييد ستة إرهابيين                 | ستة إرهابيين                       | 6        | 6        | false | CASUALTIES_KILLED
            وفقدت القوات في المقابل 63 من منتسبيها              | 63 من منتسبيها                     | 63       | 63       | false | CASUALTIES_KILLED
            وعثرت القوة على جثث ستة إرهابيين                    | ستة إرهابيين                       | 6        | 6        | false | CASUALTIES_KILLED
            وأن اثنين من عناصر الحرس أصيبا بجروح                | اثنين من عناصر                     | 2        | 2        | false | CASUALTIES_WOUNDED
            وأضافت أن تسعة عسكريين آخرين أصيبوا بجروح           | تسعة عسكريين                       | 9        | 9        | false | CASUALTIES_WOUNDED
            إن المهاجمين، وعددهم ستة، انسحبوا                    | ستة                                | 6        | 6        | false | FIGHTERS
            وقتلت من كانوا فيها، وهم ثمانية إرهابيين             | ثمانية إرهابيين                    | 8        | 8        | false | CASUALTIES_KILLED
            فيما بلغ عدد الجرحى 145.                             | 145                                | 145      | 145      | false | CASUALTIES_WOUNDED
            إن من تبقى منهم لا يزيدون على 500 عنصر               | لا يزيدون على 500 عنصر             | -        | 500      | false | FIGHTERS
            إن القوات العراقية التي يزيد عديدها على 300 ألف مقاتل | يزيد عديدها على 300 ألف مقاتل      | 300000   | -        | false | TROOPS
            ثم انسحب مسلحون يقدر عددهم بين ثمانية وعشرة          | بين ثمانية وعشرة                   | 8        | 10       | false | FIGHTERS
            إن عدد جنودها في العراق سينخفض بحلول أيلول المقبل إلى نحو 2500 | نحو 2500                  | 2500     | 2500     | true  | TROOPS
            لا يزال في سجون قسد زهاء 1800 عراقي                  | زهاء 1800 عراقي                    | 1800     | 1800     | true  | DETAINEES
            تمتد على أكثر من ثلاثة كيلومترات مربعة               | أكثر من ثلاثة كيلومترات مربعة      | 3        | -        | false | AREA
            وبحسب قوات حرس الحدود فإن حوالي 1500 عنصر عبروا الحدود | حوالي 1500 عنصر                   | 1500     | 1500     | true  | FIGHTERS
            ارتفعت إلى ما بين 800 وألف عنصر                      | ما بين 800 وألف عنصر               | 800      | 1000     | false | FIGHTERS
            تنفذان عمليات مشتركة بقوة تناهز 5 آلاف مقاتل          | تناهز 5 آلاف مقاتل                 | 5000     | 5000     | true  | TROOPS
            موزعين على خمسة ألوية                                 | خمسة ألوية                         | 5        | 5        | false | OTHER
            """)
    void readsAFigure(String sentence, String text, Double low, Double high, boolean approximate, String category) {
        List<Figure> figures = FigureFinder.find(FoldedText.of(sentence));
        assertEquals(1, figures.size(), figures.toString());
        Figure figure = figures.get(0);
        assertEquals(text, figure.getText());
        assertEquals(text, sentence.substring(figure.getStart(), figure.getEnd()));
        assertEquals(low, figure.getLow());
        assertEquals(high, figure.getHigh());
        assertEquals(approximate, figure.getApproximate());
        assertEquals(category, figure.getCategory().name());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ينشط المئات من عناصر التنظيم           | المئات من عناصر              | 100    | 999    | FIGHTERS
            يحتجز المئات من عناصر التنظيم          | المئات من عناصر              | 100    | 999    | DETAINEES
            نزح عشرات الآلاف من المدنيين            | عشرات الآلاف من المدنيين     | 10000  | 99999  | PEOPLE
            تسلل عشرات المسلحين                     | عشرات المسلحين               | 10     | 99     | FIGHTERS
            يقدر عددهم بالآلاف من المقاتلين         | بالآلاف من المقاتلين         | 1000   | 9999   | FIGHTERS
            هناك عدة مئات من المعتقلين              | عدة مئات من المعتقلين        | 200    | 999    | DETAINEES
            في مقابل بضعة آلاف فقط من المسلحين      | بضعة آلاف فقط من المسلحين    | 2000   | 9999   | FIGHTERS
            يشمل الانسحاب مئات المتعاقدين المدنيين  | مئات المتعاقدين              | 100    | 999    | PEOPLE
            """)
    void readsAVagueQuantity(String sentence, String text, Double low, Double high, String category) {
        List<Figure> figures = FigureFinder.find(FoldedText.of(sentence));
        assertEquals(1, figures.size(), figures.toString());
        Figure figure = figures.get(0);
        assertEquals(text, figure.getText());
        assertTrue(figure.getVague());
        assertEquals(low, figure.getLow());
        assertEquals(high, figure.getHigh());
        assertEquals(category, figure.getCategory().name());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            في عام 2019 تراجع التنظيم
            خلال ثلاث سنوات من القتال
            منذ 5 أيام
            في 3 آذار الماضي
            بلغت النسبة 40 في المئة
            وصلت قوات اللواء 57 إلى المنطقة
            أحد القياديين في التنظيم
            وصلت قوات الفرقة 14 إلى المدينة
            ارتفعت النسبة إلى 40 بالمئة
            صدر العدد 5123 من الصحيفة
            ضبطت في منزل أحد المتهمين أسلحة
            طالبوا بفدية عن كل واحد منهم
            شهد القضاء خلال الأشهر الثلاثة الماضية هدوءا
            يشكلون أكثر من 90 في المئة منهم
            ورد في الصفحة 3 من التقرير
            لافتا إلى أن ثلث المحتجزين من آسيا الوسطى
            ضبطت شاحنات محملة بنحو 120 ألف لتر من الكاز
            ونحو 50 كيلوغراما من مادة تي إن تي
            يمتد الخندق مسافة تزيد على 400 كيلومتر
            نفذت طائرات إف-16 العراقية ضربات
            تقدمت قوات من الفرقة 20 وقوات الحدود
            ارتفع عدد القتلى في المدينة منذ 2014.
            تعرضت دورية تابعة للواء 35 لكمين
            شهد عام 2019 حادثة مماثلة
            تعرضت لإطلاق نار من ثلاثة اتجاهات
            """)
    void aYearAUnitOrAPercentageIsNoFigure(String sentence) {
        assertTrue(FigureFinder.find(FoldedText.of(sentence)).isEmpty(), sentence);
    }

    /** A figure read with the figures before it: the group it is part of, the count it speaks of again, the event. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            تحتجز قسد حوالي 10 آلاف مقاتل، بينهم نحو ألفي أجنبي                      | 1 | نحو ألفي أجنبي             | 2000  | 2000  | DETAINEES
            ينشط نحو ستة آلاف عنصر، بينهم نحو ألف أجنبي                             | 1 | نحو ألف أجنبي              | 1000  | 1000  | FIGHTERS
            أدخلت الشبكة 35 شخصا، بينهم 9 من عناصر التنظيم                           | 1 | 9 من عناصر                 | 9     | 9     | FIGHTERS
            أسفرت عن مقتل 9 إرهابيين، بينهم اثنان من قادة الصف الأول                  | 1 | اثنان من قادة              | 2     | 2     | CASUALTIES_KILLED
            قتل 7 أشخاص. وقالت الأسايش إن بين القتلى ثلاثة من عناصرها                 | 1 | ثلاثة من عناصرها           | 3     | 3     | CASUALTIES_KILLED
            تراجع عدد قاطني المخيم إلى نحو 37 ألف شخص، بعد أن كان يتجاوز 70 ألفا      | 1 | يتجاوز 70 ألفا             | 70000 | -     | PEOPLE
            يضم السجن نحو 4500 معتقل، فيما تشير مصادر إلى أن العدد الفعلي يتجاوز 5 آلاف | 1 | يتجاوز 5 آلاف              | 5000  | -     | DETAINEES
            قتل 7 أشخاص في الحسكة. ويقطن المدينة نحو مليون نسمة                       | 1 | نحو مليون نسمة             | 1e6   | 1e6   | PEOPLE
            أسفرت عن مقتل أكثر من 120 من عناصرها، ونحو 370 من مسلحي التنظيم           | 1 | نحو 370 من مسلحي           | 370   | 370   | CASUALTIES_KILLED
            مقتل 5 جنود و3 مدنيين                                                     | 1 | 3 مدنيين                   | 3     | 3     | CASUALTIES_KILLED
            اختطفوا تسعة من جامعي الكمأ قبل أن يطلقوا سراح ثلاثة منهم                 | 0 | تسعة                       | 9     | 9     | PEOPLE
            اختطفوا تسعة من جامعي الكمأ قبل أن يطلقوا سراح ثلاثة منهم                 | 1 | ثلاثة منهم                 | 3     | 3     | PEOPLE
            أعادت القبض على ثمانية من الفارين، فيما يجري البحث عن الأربعة الآخرين      | 1 | الأربعة الآخرين            | 4     | 4     | DETAINEES
            تضم 150 معتقلا، ليرتفع عدد من تسلمهم العراق منذ بدء العملية إلى نحو 3 آلاف | 1 | نحو 3 آلاف                 | 3000  | 3000  | DETAINEES
            اعتقلت 35 شخصا. وتتنقل في مجموعات لا يتجاوز عدد أفراد الواحدة منها خمسة أشخاص | 1 | لا يتجاوز عدد أفراد الواحدة منها خمسة أشخاص | - | 5 | FIGHTERS
            إن أكثر من 9 آلاف مقاتل من التنظيم محتجزون في نحو 20 منشأة               | 1 | نحو 20                     | 20    | 20    | OTHER
            """)
    void readsAFigureInContext(String sentence, int index, String text, Double low, Double high, String category) {
        Figure figure = FigureFinder.find(FoldedText.of(sentence)).get(index);
        assertEquals(text, figure.getText());
        assertEquals(low, figure.getLow());
        assertEquals(high, figure.getHigh());
        assertEquals(category, figure.getCategory().name());
    }

    /**
     * How a count is told, by rules of the language rather than of an article: what happened to the people (more
     * verbs and nouns of death, wounds, arrest, a fate told later by مقتلهم، a list sharing its clause's verb, an
     * aside before the verb), who they are (a count announced by عدد القتلى، a cell's or a band's persons, the rest
     * of a group, a partitive of a group named before, members of a unit or of an operation), and the bound (verbs
     * of exceeding in every person and tense, denied, over عدد X, after the figure, ranges with أو). The figure
     * checked is the last of its sentence.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            أعدم التنظيم خمسة مدنيين في ريف دير الزور | خمسة مدنيين | 5 | 5 | CASUALTIES_KILLED
            أسفر القصف عن هلاك 12 إرهابياً | 12 إرهابيا | 12 | 12 | CASUALTIES_KILLED
            تمكنت القوات من القضاء على 9 إرهابيين | 9 إرهابيين | 9 | 9 | CASUALTIES_KILLED
            شهدت المنطقة حادثة مماثلة راح ضحيتها العشرات | العشرات | 10 | 99 | CASUALTIES_KILLED
            توفي ستة أشخاص متأثرين بجروحهم | ستة أشخاص | 6 | 6 | CASUALTIES_KILLED
            اغتال مسلحون مجهولون ثلاثة من وجهاء العشيرة | ثلاثة | 3 | 3 | CASUALTIES_KILLED
            تعرض ثلاثة جنود لإصابات خطيرة | ثلاثة جنود | 3 | 3 | CASUALTIES_WOUNDED
            أسرت القوات ثلاثة مسلحين | ثلاثة مسلحين | 3 | 3 | DETAINEES
            أصدرت المحكمة أحكاما بالإعدام بحق سبعة مدانين | سبعة مدانين | 7 | 7 | DETAINEES
            قتل قيادي بارز في تنظيم داعش واثنان من مرافقيه | واثنان | 2 | 2 | CASUALTIES_KILLED
            استهدفت الغارة سيارة كان يستقلها مع اثنين من مرافقيه قرب البلدة، ما أدى إلى مقتلهم جميعا | اثنين | 2 | 2 | CASUALTIES_KILLED
            صادرت مبالغ تجاوزت نصف مليون دولار | تجاوزت نصف مليون دولار | 500000 | - | MONEY
            لم يتجاوز عدد المسلحين 50 مسلحا | لم يتجاوز عدد المسلحين 50 مسلحا | - | 50 | FIGHTERS
            تخطى عدد المعتقلين 500 معتقل | تخطى عدد المعتقلين 500 معتقل | 500 | - | DETAINEES
            زاد عددهم على ألفي عنصر | زاد عددهم على ألفي عنصر | 2000 | - | FIGHTERS
            فيما تجاوز عدد جرحاها 10 آلاف | تجاوز عدد جرحاها 10 آلاف | 10000 | - | CASUALTIES_WOUNDED
            يقدر عدد مقاتليه بـ500 مقاتل على الأكثر | 500 مقاتل على الأكثر | - | 500 | FIGHTERS
            تتجاوز مساحتها 80 ألف كيلومتر مربع | تتجاوز مساحتها 80 ألف كيلومتر مربع | 80000 | - | AREA
            حوالات صغيرة لا تتجاوز قيمة الواحدة منها ألف دولار | لا تتجاوز قيمة الواحدة منها ألف دولار | - | 1000 | MONEY
            ما يزيد على 3.5 تريليون دينار | ما يزيد على 3.5 تريليون دينار | 3.5E12 | - | MONEY
            تتراوح بين 500 و5 آلاف دولار | بين 500 و5 آلاف دولار | 500 | 5000 | MONEY
            إن المسلحين، ويقدّر عددهم بثلاثة أو أربعة، فروا | بثلاثة أو أربعة | 3 | 4 | FIGHTERS
            أسفرت العملية عن تدمير 22 وكراً | 22 وكرا | 22 | 22 | OTHER
            أعلنت تفكيك خلية مؤلفة من 6 أشخاص | 6 أشخاص | 6 | 6 | DETAINEES
            رصدت الكاميرات مجموعة ثانية من سبعة أشخاص | سبعة أشخاص | 7 | 7 | FIGHTERS
            وإن الشبكة أدخلت ما لا يقل عن 35 شخصاً | ما لا يقل عن 35 شخصا | 35 | - | PEOPLE
            بلغ عدد القتلى المدنيين في تلك الهجمات 34 شخصاً | 34 شخصا | 34 | 34 | CASUALTIES_KILLED
            يرتفع العدد الإجمالي للقتلى إلى أكثر من 617 ألف شخص | أكثر من 617 ألف شخص | 617000 | - | CASUALTIES_KILLED
            أودت بحياة 411 شخصاً، بينهم 187 طفلاً و94 سيدة | 94 سيدة | 94 | 94 | CASUALTIES_KILLED
            عثرت على جثث القتلى، بينهم ثلاثة من القياديين | ثلاثة من القياديين | 3 | 3 | CASUALTIES_KILLED
            وإن بضع مئات منهم أيتام | بضع مئات منهم | 200 | 999 | PEOPLE
            مشيراً إلى أن ثلاثة مدنيين، بينهم طفل، قضوا جراء الانفجار | ثلاثة مدنيين | 3 | 3 | CASUALTIES_KILLED
            أطلقوا النار فقتلوا 12 شخصا، قبل أن يقتادوا نحو 30 آخرين إلى جهة مجهولة | نحو 30 آخرين | 30 | 30 | PEOPLE
            أعلن تفكيك خلية كانت تخطط لتفجيرات، واعتقال أفرادها الثمانية | الثمانية | 8 | 8 | DETAINEES
            إن الجرحى نقلوا إلى المستشفى، وإن حالة اثنين منهم حرجة | اثنين منهم | 2 | 2 | CASUALTIES_WOUNDED
            فر 23 سجينا، وأعيد القبض على 18 منهم، ومقتل اثنين آخرين، فيما يجري البحث عن الثلاثة الباقين | الثلاثة الباقين | 3 | 3 | DETAINEES
            دفعت الحكومة بما يقارب ألفي عنصر من الفرقة 25 إلى المنطقة | ما يقارب ألفي عنصر | 2000 | 2000 | TROOPS
            إن أكثر من 3 آلاف مقاتل شاركوا في العملية | أكثر من 3 آلاف مقاتل | 3000 | - | TROOPS
            عشرات الآلاف من المفقودين | عشرات الآلاف من المفقودين | 10000 | 99999 | PEOPLE
            قضى 3 جنود في الهجوم | 3 جنود | 3 | 3 | CASUALTIES_KILLED
            غارة تقتل 5 مسلحين في البادية | 5 مسلحين | 5 | 5 | CASUALTIES_KILLED
            فارق اثنان منهم الحياة في المستشفى | اثنان منهم | 2 | 2 | CASUALTIES_KILLED
            احتجزت القوات 20 شخصا للتحقيق | 20 شخصا | 20 | 20 | DETAINEES
            قضى القاضي بسجن 5 متهمين | 5 متهمين | 5 | 5 | DETAINEES
            تتولى قوة قوامها 500 عنصر حماية المخيم | 500 عنصر | 500 | 500 | TROOPS
            انتشر نحو 500 عنصر من قوات الأمن في المدينة | نحو 500 عنصر | 500 | 500 | SECURITY_PERSONNEL
            نشر الجيش قرابة 400 عنصر من الشرطة المحلية | قرابة 400 عنصر | 400 | 400 | SECURITY_PERSONNEL
            تم نشر 600 عنصر من الجيش في القضاء | 600 عنصر | 600 | 600 | TROOPS
            ضبطت القوات 15 عبوة ناسفة و3 أحزمة | 3 أحزمة | 3 | 3 | WEAPONS
            وتشير تقديرات إلى أن التنظيم خسر نحو 40 من قادته الميدانيين خلال العام | نحو 40 من قادته | 40 | 40 | CASUALTIES_KILLED
            وأفاد مصدر طبي بأن المستشفى استقبل جثث 4 مدنيين و6 جرحى | 6 جرحى | 6 | 6 | CASUALTIES_WOUNDED
            وأضاف أن ما لا يقل عن 60 طفلاً توفوا في المخيم | ما لا يقل عن 60 طفلا | 60 | - | CASUALTIES_KILLED
            قتل الانتحاري 5 أشخاص وأصاب 12 آخرين | 12 آخرين | 12 | 12 | CASUALTIES_WOUNDED
            يقدر عددهم بنحو ثلاثة آلاف إلى أربعة آلاف مقاتل | نحو ثلاثة آلاف إلى أربعة آلاف مقاتل | 3000 | 4000 | FIGHTERS
            لم يعد يتجاوز عدد مقاتليه 500 | لم يعد يتجاوز عدد مقاتليه 500 | - | 500 | FIGHTERS
            """)
    void readsHowTheCountIsTold(String sentence, String text, Double low, Double high, String category) {
        List<Figure> figures = FigureFinder.find(FoldedText.of(sentence));
        Figure figure = figures.get(figures.size() - 1);
        assertEquals(text, figure.getText(), figures.toString());
        assertEquals(low, figure.getLow());
        assertEquals(high, figure.getHigh());
        assertEquals(category, figure.getCategory().name(), figures.toString());
    }
}
