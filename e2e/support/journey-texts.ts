/** What the journeys type and expect to read, in each language they run in. */
export interface JourneyTexts {
  language: 'en' | 'ar';
  search: string;
  region: string;
  egypt: string;
  oneFound: string;
  noneFound: string;
  atuName: string;
  conferenceOnly: string;
  rpmArbTitle: string;
  closesIn24Days: RegExp;
  signIn: string;
  signInNeeded: string;
  email: string;
  password: string;
  wrongPassword: string;
  auditTitle: string;
  secretariat: string;
  edit: string;
  titleField: string;
  newTitle: string;
  endsOnField: string;
  endsBeforeStart: string;
  save: string;
  entityType: string;
  action: string;
  applyFilters: string;
  showOneChange: string;
}

export const JOURNEY_TEXTS: Record<'en' | 'ar', JourneyTexts> = {
  en: {
    language: 'en',
    search: 'Name or code',
    region: 'Region',
    egypt: 'Egypt',
    oneFound: '1 Member State found',
    noneFound: 'No Member State matches.',
    atuName: 'African Telecommunications Union',
    conferenceOnly: 'Took part in the conference.',
    rpmArbTitle: 'Regional Preparatory Meeting for WTDC-17: Arab States',
    closesIn24Days: /^closes in 24 days$/,
    signIn: 'Sign in',
    signInNeeded: 'Sign in to see this page.',
    email: 'E-mail address',
    password: 'Password',
    wrongPassword: 'The e-mail address or the password is not right.',
    auditTitle: 'Audit trail',
    secretariat: 'Secretariat',
    edit: 'Edit',
    titleField: 'Title in English',
    newTitle: 'Arab States Regional Preparatory Meeting for WTDC-17 (Khartoum)',
    endsOnField: 'Last day',
    endsBeforeStart: 'The end date is before the start date.',
    save: 'Save changes',
    entityType: 'Kind of record',
    action: 'Action',
    applyFilters: 'Apply filters',
    showOneChange: 'Show 1 change',
  },
  ar: {
    language: 'ar',
    search: 'الاسم أو الرمز',
    region: 'المنطقة',
    egypt: 'مصر',
    oneFound: 'عُثر على دولة عضو واحدة',
    noneFound: 'لا توجد دولة عضو مطابقة.',
    atuName: 'الاتحاد الأفريقي للاتصالات',
    conferenceOnly: 'شاركت في المؤتمر.',
    rpmArbTitle: 'الاجتماع التحضيري الإقليمي للمؤتمر WTDC-17: الدول العربية',
    closesIn24Days: /^يُغلق بعد (24|٢٤) يومًا$/,
    signIn: 'تسجيل الدخول',
    signInNeeded: 'سجّل الدخول لعرض هذه الصفحة.',
    email: 'عنوان البريد الإلكتروني',
    password: 'كلمة المرور',
    wrongPassword: 'عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.',
    auditTitle: 'سجل التدقيق',
    secretariat: 'الأمانة',
    edit: 'تعديل',
    titleField: 'العنوان باللغة العربية',
    newTitle: 'الاجتماع التحضيري الإقليمي للدول العربية (الخرطوم)',
    endsOnField: 'اليوم الأخير',
    endsBeforeStart: 'تاريخ الانتهاء يسبق تاريخ البدء.',
    save: 'حفظ التغييرات',
    entityType: 'نوع السجل',
    action: 'الإجراء',
    applyFilters: 'تطبيق عوامل التصفية',
    showOneChange: 'عرض تغيير واحد',
  },
};
