package org.homeward.linkage.engine;

import java.util.List;

/**
 * The name lists of {@link KinshipRegistryGenerator}, written for it apart from the engine's list
 * of names and from {@link SyrianRegistryGenerator}: names grouped by Arabic root (a family often
 * names brothers from one root), each with its Arabic spelling and the Latin spellings seen on
 * Syrian, Lebanese and Jordanian papers. About a third of the names are not in the engine's list.
 */
final class KinshipNames {

    /** One name: its Arabic spelling, its Latin spellings (most usual first), and its root group. */
    record Name(String arabic, String root, String... latin) {}

    static final List<Name> MALE = List.of(
            new Name("محمد", "hmd", "Mohammad", "Muhammad", "Mohamed", "Mouhammad", "Mhd", "Mohammed"),
            new Name("محمود", "hmd", "Mahmoud", "Mahmud"),
            new Name("أحمد", "hmd", "Ahmad", "Ahmed"),
            new Name("حامد", "hmd", "Hamed", "Haamed"),
            new Name("حمدان", "hmd", "Hamdan"),
            new Name("حمدي", "hmd", "Hamdi", "Hamdy"),
            new Name("حسن", "hsn", "Hasan", "Hassan"),
            new Name("حسين", "hsn", "Hussein", "Husain", "Hossein"),
            new Name("محسن", "hsn", "Mohsen", "Muhsin"),
            new Name("سليم", "slm", "Salim", "Selim", "Saleem"),
            new Name("سالم", "slm", "Salem"),
            new Name("سلمان", "slm", "Salman"),
            new Name("سليمان", "slm", "Sulaiman", "Sleiman", "Suleiman"),
            new Name("عمر", "amr", "Omar", "Umar"),
            new Name("عمار", "amr", "Ammar"),
            new Name("عامر", "amr", "Amer", "Aamer"),
            new Name("خالد", "khld", "Khaled", "Khalid"),
            new Name("يوسف", "ysf", "Yousef", "Youssef", "Yusuf"),
            new Name("إبراهيم", "brhm", "Ibrahim", "Ebrahim"),
            new Name("مصطفى", "sfw", "Mustafa", "Moustafa"),
            new Name("عبد الرحمن", "rhm", "Abdulrahman", "Abd al-Rahman", "Abdelrahman"),
            new Name("عبد الله", "alh", "Abdullah", "Abdallah"),
            new Name("طه", "th", "Taha"),
            new Name("مالك", "mlk", "Malek", "Malik"),
            new Name("نادر", "ndr", "Nader", "Nadir"),
            new Name("جواد", "jwd", "Jawad", "Jawwad"),
            new Name("منذر", "ndhr", "Munther", "Monzer", "Mundhir"),
            new Name("أيهم", "yhm", "Ayham", "Aiham"),
            new Name("قصي", "qsy", "Qusai", "Kusay", "Qussay"),
            new Name("أنور", "nwr", "Anwar"),
            new Name("شريف", "shrf", "Sharif", "Cherif", "Shareef"),
            new Name("وسيم", "wsm", "Wassim", "Wasim", "Waseem"),
            new Name("عدي", "ady", "Udai", "Odai", "Uday"),
            new Name("مهدي", "hdy", "Mahdi", "Mehdi"),
            new Name("رضوان", "rdw", "Radwan", "Redwan", "Ridwan"),
            new Name("غياث", "ghth", "Ghiath", "Ghiyath", "Ghayath"),
            new Name("صالح", "slh", "Saleh", "Salih"),
            new Name("مصلح", "slh", "Musleh", "Mosleh"));
    static final List<Name> FEMALE = List.of(
            new Name("فاطمة", "ftm", "Fatima", "Fatmeh", "Fatma"),
                    new Name("نسرين", "nsr", "Nisreen", "Nesrine", "Nesreen"),
            new Name("ديما", "dym", "Dima", "Deema"), new Name("روان", "rwn", "Rawan", "Rawane"),
            new Name("آلاء", "aly", "Alaa", "Ala'a"), new Name("هالة", "hwl", "Hala", "Halah"),
            new Name("سوسن", "swsn", "Sawsan", "Sawsen"), new Name("بيان", "byn", "Bayan"),
            new Name("جميلة", "jml", "Jamila", "Jameela"), new Name("جمانة", "jmn", "Jumana", "Joumana"),
            new Name("حميدة", "hmd", "Hamida"), new Name("محمودة", "hmd", "Mahmouda"),
            new Name("سلمى", "slm", "Salma"), new Name("سليمة", "slm", "Salima", "Saleema"),
            new Name("خديجة", "khdj", "Khadija", "Khadijeh"), new Name("مريم", "mrym", "Mariam", "Maryam"),
            new Name("زينب", "znb", "Zeinab", "Zainab"), new Name("غالية", "ghly", "Ghalia", "Ghaliya"),
            new Name("لبنى", "lbn", "Lubna", "Loubna"), new Name("وعد", "wad", "Waad", "Wa'd"));
    static final List<Name> FAMILY = List.of(
            new Name("العلي", "aly", "Al-Ali", "Alali", "El Ali"), new Name("الأحمد", "hmd", "Al-Ahmad", "Alahmad"),
            new Name("المحمود", "hmd", "Al-Mahmoud", "Almahmoud"), new Name("الحمدان", "hmd", "Al-Hamdan", "Hamdan"),
            new Name("الحسن", "hsn", "Al-Hasan", "Alhassan"), new Name("العمر", "amr", "Al-Omar", "Alomar"),
            new Name("الجاسم", "jsm", "Al-Jasem", "Al-Jassim", "Jassem"),
                    new Name("البكري", "bkr", "Al-Bakri", "Bakri"),
            new Name("النعيمي", "nm", "Al-Nuaimi", "Al-Noaimi", "Nuaimi"),
                    new Name("الزين", "zyn", "Al-Zein", "Zein", "Al-Zain"),
            new Name("العبيد", "abd", "Al-Obaid", "Al-Ubaid", "Obeid"), new Name("السقا", "sqy", "Al-Saqqa", "Sakka"),
            new Name("كيالي", "kyl", "Kayyali", "Kayali"), new Name("شحادة", "shhd", "Shehadeh", "Shahada", "Chehade"),
            new Name("الطرابلسي", "trbls", "Al-Trabulsi", "Trabulsi", "Tarabulsi"),
                    new Name("حجازي", "hjz", "Hijazi", "Hejazi"),
            new Name("النحاس", "nhs", "Al-Nahhas", "Nahhas"), new Name("اللحام", "lhm", "Al-Lahham", "Lahham"),
            new Name("مراد", "rwd", "Murad", "Mourad"), new Name("قدور", "qdr", "Qaddour", "Kaddour"),
            new Name("المصطفى", "sfw", "Al-Mustafa", "Mustafa"), new Name("عيسى", "isa", "Issa", "Eissa"),
            new Name("الحمود", "hmd", "Al-Hamoud", "Hammoud"),
                    new Name("الخضر", "khdr", "Al-Khudr", "Al-Khodr", "Khodr"));

    private KinshipNames() {}

    static List<Name> givenNames(boolean male) {
        return male ? MALE : FEMALE;
    }
}
