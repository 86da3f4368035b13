import type { LocalizedMessage, VerificationFailureCode } from './verification';

/** What the user is told for each refusal, in Kazakh, Russian and English (DESIGN R1, C2). */
export const VERIFICATION_MESSAGES: { readonly [code in VerificationFailureCode]: LocalizedMessage } = {
  phone_not_verified: {
    kk: 'Электрондық үкімет есептік жазбаңызға расталған ұялы телефон нөмірі қосылмаған. Нөміріңізді қосып, растаңыз, содан кейін сұрауды қайта жіберіңіз.',
    ru: 'К вашей учётной записи электронного правительства не подключён подтверждённый номер мобильного телефона. Подключите и подтвердите номер, затем отправьте запрос снова.',
    en: 'Your e-government account has no verified mobile number. Connect and confirm your mobile number, then send the request again.',
  },
  signature_invalid: {
    kk: 'Электрондық цифрлық қолтаңбаны тексеру мүмкін болмады: ол бүлінген немесе сұрау мәтініне сәйкес келмейді. Сұрауға қайта қол қойыңыз және қол қойғаннан кейін оны өзгертпеңіз.',
    ru: 'Не удалось проверить электронную цифровую подпись: она повреждена или не соответствует тексту запроса. Подпишите запрос ещё раз и не изменяйте его после подписания.',
    en: 'The electronic digital signature could not be verified: it is damaged or does not match the text of the request. Sign the request again and do not change it after signing.',
  },
  signature_too_many_certificates: {
    kk: 'Қолтаңбада тым көп сертификат бар: оған тек сіздің сертификатыңыз бен оны берген куәландырушы орталықтардың бірнеше сертификаты қажет. Сұрауға әдеттегі қол қою бағдарламасымен қайта қол қойыңыз.',
    ru: 'Подпись содержит слишком много сертификатов: в ней нужны только ваш сертификат и несколько сертификатов выдавших его удостоверяющих центров. Подпишите запрос снова обычной программой для подписи.',
    en: 'The signature carries too many certificates: it needs only your certificate and the few certificates of the authorities that issued it. Sign the request again with the usual signing software.',
  },
  certificate_untrusted: {
    kk: 'Қолтаңба сертификатын портал сенім білдірмейтін куәландырушы орталық берген. Сұрауға Қазақстан Республикасы Ұлттық куәландырушы орталығы берген сертификатпен қол қойыңыз.',
    ru: 'Сертификат подписи выдан удостоверяющим центром, которому портал не доверяет. Подпишите запрос сертификатом Национального удостоверяющего центра Республики Казахстан.',
    en: 'The signing certificate was issued by a certification authority the portal does not trust. Sign the request with a certificate from the National Certification Authority of the Republic of Kazakhstan.',
  },
  certificate_expired: {
    kk: 'Қол қойылған сәтте қолтаңба сертификаты жарамсыз болды: оның қолданылу мерзімі аяқталған немесе әлі басталмаған. Сертификаттың мерзімін тексеріңіз; мерзімі өтсе, жаңасын алып, сұрауға қайта қол қойыңыз.',
    ru: 'На момент подписания сертификат подписи не действовал: срок его действия истёк или ещё не начался. Проверьте срок действия сертификата; если он истёк, получите новый и подпишите запрос снова.',
    en: 'The signing certificate was not valid when the request was signed: it has expired or is not yet in force. Check the certificate’s validity period; if it has expired, get a new one and sign the request again.',
  },
  certificate_revoked: {
    kk: 'Қолтаңба сертификатын куәландырушы орталық кері қайтарып алған. Жаңа сертификат алып, сұрауға қайта қол қойыңыз.',
    ru: 'Сертификат подписи отозван удостоверяющим центром. Получите новый сертификат и подпишите запрос снова.',
    en: 'The signing certificate has been revoked by the certification authority. Get a new certificate and sign the request again.',
  },
  certificate_key_usage: {
    kk: 'Бұл сертификаттың кілтімен құжаттарға қол қоюға болмайды: сертификат басқа мақсатқа арналған. Сұрауға қол қоюға арналған сертификатыңызбен қол қойыңыз.',
    ru: 'Ключом этого сертификата нельзя подписывать документы: сертификат выпущен для другой цели. Подпишите запрос своим сертификатом для подписи.',
    en: 'The key of this certificate may not be used to sign documents: the certificate was issued for another purpose. Sign the request with your signing certificate.',
  },
  signer_not_account_holder: {
    kk: 'Сұрауға басқа тұлғаның сертификатымен қол қойылған: сертификаттағы ЖСН немесе БСН есептік жазбаңыздағы деректерге сәйкес келмейді. Сұрауға өз сертификатыңызбен қол қойыңыз.',
    ru: 'Запрос подписан чужим сертификатом: ИИН или БИН в сертификате не совпадает с данными вашей учётной записи. Подпишите запрос своим сертификатом.',
    en: 'The request was signed with someone else’s certificate: the IIN or BIN in the certificate does not match your account. Sign the request with your own certificate.',
  },
};
