import type { FlowCatalog } from './en.js';

export const th = {
  // Sign-in step
  signInTitle: 'ลงชื่อเข้าใช้เพื่อดำเนินการต่อ',
  signInIntro: (email: string, organization: string) =>
    `ลงชื่อเข้าใช้เป็น ${email} ด้วยบัญชี ${organization} ของคุณ หน้าต่างลงชื่อเข้าใช้ของ Microsoft จะเปิดขึ้น`,
  signInButton: 'ลงชื่อเข้าใช้',
  signInPreparing: 'กำลังเตรียมการลงชื่อเข้าใช้…',
  signInBusy: 'กำลังลงชื่อเข้าใช้…',
  signInRedirecting: 'เบราว์เซอร์บล็อกหน้าต่างลงชื่อเข้าใช้ เราจึงพาคุณไปหน้าลงชื่อเข้าใช้แทน…',
  signInCancel: 'ยกเลิก',
  signInReopen: 'เปิดหน้าต่างลงชื่อเข้าใช้อีกครั้ง',
  signInStalled: 'ยังรอการลงชื่อเข้าใช้อยู่ ถ้าคุณปิดหน้าต่างลงชื่อเข้าใช้แล้ว ให้เปิดอีกครั้งหรือยกเลิก',
  useDifferentEmail: 'ใช้อีเมลอื่น',

  // Checking
  checkingTitle: 'กำลังตรวจสอบสิ่งที่คุณซื้อได้…',

  // Seat step
  seatsTitle: 'ต้องการสิทธิ์การใช้งานกี่สิทธิ์',
  seatsTitleAdd: 'เพิ่มสิทธิ์การใช้งาน',
  seatsExisting: (count: number, product: string) => `คุณมีสิทธิ์การใช้งาน ${product} อยู่แล้ว ${count} สิทธิ์`,
  seatsLabel: 'จำนวนสิทธิ์การใช้งาน',
  seatsHint: (min: number, max: number) => `ตั้งแต่ ${min} ถึง ${max} แล้วกำหนดให้เพื่อนร่วมงานภายหลัง`,
  seatsDecrease: 'ลดสิทธิ์การใช้งานหนึ่งสิทธิ์',
  seatsIncrease: 'เพิ่มสิทธิ์การใช้งานหนึ่งสิทธิ์',
  planLegend: 'ความถี่ในการเรียกเก็บเงิน',
  planMonthly: (price: string) => `รายเดือน: ${price} ต่อสิทธิ์การใช้งานต่อเดือน`,
  planYearly: (price: string) => `รายปี: ${price} ต่อสิทธิ์การใช้งานต่อปี`,
  totalLabel: 'ยอดรวม',
  totalMonthly: (amount: string) => `${amount} ต่อเดือน`,
  totalYearly: (amount: string) => `${amount} ต่อปี`,
  taxExclusive: 'ยังไม่รวมภาษีที่เกี่ยวข้อง',
  taxInclusive: 'รวมภาษีแล้ว',
  disclosuresTitle: 'ก่อนชำระเงิน',
  disclosureBilledToYou: 'คุณชำระด้วยบัตรเครดิตของคุณเอง ผู้ถูกเรียกเก็บเงินและรับผิดชอบการชำระตามข้อกำหนดการซื้อคือคุณ ไม่ใช่องค์กร',
  disclosureRenews: 'การสมัครใช้งานจะต่ออายุโดยอัตโนมัติจนกว่าคุณจะยกเลิก',
  disclosurePrices: 'ราคาอาจต่างจากที่องค์กรของคุณจ่ายเมื่อซื้อจากส่วนกลางหรือผ่านพันธมิตร',
  disclosureAdminSees:
    'ผู้ดูแลระบบ IT ของคุณเห็นการซื้อนี้ได้ ผู้ดูแลระบบอาจกำหนดสิทธิ์การใช้งานที่ซื้อจากส่วนกลางให้ผู้ใช้ผลิตภัณฑ์นี้ แล้วขอให้คุณยกเลิกการสมัครใช้งาน',
  disclosureDataOwner: (product: string) => `องค์กรของคุณเป็นเจ้าของและควบคุมข้อมูลที่สร้างใน ${product}`,
  disclosureData: 'การซื้อนี้จะใช้ชื่อ ที่อยู่อีเมล และที่อยู่ IP ของคุณ รวมถึง ID ผู้เช่าและ ID ผู้ใช้ขององค์กรคุณ',
  seatsSubmit: 'ไปที่การชำระเงิน',
  seatsSubmitting: 'กำลังเตรียมการชำระเงิน…',
  seatsErrorEmpty: 'ป้อนจำนวนสิทธิ์การใช้งาน',
  seatsErrorWhole: 'ป้อนจำนวนเต็ม เช่น 3',
  seatsErrorMin: (min: number) => `ซื้ออย่างน้อย ${min}`,
  seatsErrorMax: (max: number) => `คุณซื้อได้สูงสุด ${max} ที่นี่`,

  // Trial
  trialTitle: (product: string) => `ทดลองใช้ ${product} ฟรี`,
  trialIntro: (days: number) => `องค์กรของคุณอนุญาตให้ทดลองใช้ฟรี เริ่มทดลองใช้ ${days} วันได้โดยไม่ต้องใช้บัตรเครดิต`,
  trialSubmit: 'เริ่มทดลองใช้ฟรี',
  trialStarting: 'กำลังเริ่มการทดลองใช้…',

  // Payment step
  paymentTitle: 'ชำระเงินด้วยบัตร',
  paymentSummary: (count: number, product: string, amount: string) => `สิทธิ์การใช้งาน ${product} ${count} สิทธิ์: ${amount}`,
  paymentCardOnly: 'บัตรเครดิตเป็นวิธีการชำระเงินเดียวที่รองรับ',
  paymentLoading: 'กำลังโหลดฟอร์มการชำระเงินที่ปลอดภัย…',
  paymentSubmit: (amount: string) => `ชำระเงิน ${amount}`,
  paymentPaying: 'กำลังชำระเงิน…',
  paymentBack: 'เปลี่ยนจำนวนสิทธิ์การใช้งาน',
  paymentNotTwice: 'คุณจะไม่ถูกเรียกเก็บเงินซ้ำ',

  // Processing
  processingTitle: 'กำลังยืนยันการชำระเงินของคุณ…',
  processingSlow: 'ยังตรวจสอบสถานะการชำระเงินอยู่ อาจใช้เวลาราวหนึ่งนาที คุณจะไม่ถูกเรียกเก็บเงินซ้ำ และปิดหน้าต่างนี้แล้วกลับมาภายหลังได้',

  // Complete
  completeTitle: 'เรียบร้อยแล้ว',
  completeTrialTitle: 'การทดลองใช้ของคุณเริ่มต้นแล้ว',
  completeSummary: (count: number, product: string, amount: string) =>
    `คุณซื้อสิทธิ์การใช้งาน ${product} ${count} สิทธิ์ในราคา ${amount}`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    `คุณเพิ่มสิทธิ์การใช้งาน ${product} ${count} สิทธิ์ในราคา ${amount}`,
  completeTrialSummary: (product: string, date: string) => `คุณทดลองใช้ ${product} ได้ถึง ${date}`,
  completeStart: (product: string) => `เริ่มใช้ ${product}`,
  completeAdmin: 'กำหนดสิทธิ์การใช้งานในศูนย์การจัดการ',
  completeManage: 'กำหนดสิทธิ์การใช้งานตอนนี้',
  completeReceipt: 'ใบเสร็จกำลังส่งไปยังอีเมลที่ทำงานของคุณ',
  completeRenews:
    'การสมัครใช้งานจะต่ออายุโดยอัตโนมัติจนกว่าคุณจะยกเลิก คุณกำหนด เพิ่ม หรือเอาสิทธิ์การใช้งานออก อัปเดตบัตร หรือยกเลิกได้ทุกเมื่อ',
  completeTrialEnds: (product: string, date: string) =>
    `เมื่อการทดลองใช้สิ้นสุดในวันที่ ${date} ${product} จะหยุดทำงานหากคุณไม่ซื้อ โดยไม่มีการเรียกเก็บเงิน`,
  completeTerms: 'ข้อกำหนดการซื้อ',
  completeSupport: 'การสนับสนุนมาตรฐานจาก Microsoft',
  completeTraining: (product: string) => `การฝึกอบรม ${product}`,
  completeAdminHint:
    'ในศูนย์การจัดการ Microsoft 365 คุณกำหนดสิทธิ์การใช้งานให้คนในองค์กร (ครั้งละไม่เกิน 20 คน) ซื้อเพิ่ม ยกเลิก อัปเดตบัตร และดูใบแจ้งหนี้ได้',

  // Ineligible
  ineligibleTitle: 'คุณซื้อรายการนี้ด้วยตนเองไม่ได้',
  reasonPersonalEmail: 'ใช้อีเมลที่ทำงานหรือโรงเรียนของคุณ อีเมลส่วนตัวใช้ซื้อในนามองค์กรไม่ได้',
  reasonNoTenant: 'เราไม่พบองค์กรที่ใช้โดเมนของอีเมลนี้กับ Microsoft',
  reasonUnmanagedTenant: 'ผู้เช่า Microsoft Entra ขององค์กรคุณยังไม่มีผู้ดูแลระบบ ต้องมีผู้ดูแลระบบรับช่วงผู้เช่าก่อนจึงจะซื้อได้',
  reasonGovernmentTenant: 'การซื้อแบบบริการตนเองไม่พร้อมใช้งานสำหรับหน่วยงานภาครัฐ',
  reasonEducationTenant: 'การซื้อแบบบริการตนเองไม่พร้อมใช้งานสำหรับสถาบันการศึกษา',
  reasonGuestUser: 'คุณลงชื่อเข้าใช้เป็นผู้เยี่ยมชมในองค์กรนี้ ซึ่งมีเพียงสมาชิกที่ซื้อได้',
  reasonMarketUnavailable: (product: string) => `ซื้อ ${product} แบบบริการตนเองในประเทศหรือภูมิภาคขององค์กรคุณไม่ได้`,
  reasonDisabledByAdmin: (product: string) => `ผู้ดูแลระบบ IT ของคุณปิดการซื้อแบบบริการตนเองสำหรับ ${product}`,
  reasonTrialsOnly: (product: string) =>
    `ผู้ดูแลระบบ IT ของคุณอนุญาตเฉพาะการทดลองใช้ฟรีที่ไม่ต้องใช้วิธีการชำระเงิน ซึ่ง ${product} ไม่มี`,
  ineligibleContact: 'ติดต่อผู้ดูแลระบบ IT ของคุณเพื่อขอรับ',
  ineligibleAdminMessage: (organization: string) => `ข้อความจาก ${organization}:`,
  ineligibleAdminLink: 'เปิดหน้าคำขอขององค์กรคุณ',
  licenseRequestLabel: 'ข้อความถึงผู้ดูแลระบบ (ไม่บังคับ)',
  licenseRequestSubmit: 'ขอสิทธิ์การใช้งานจากผู้ดูแลระบบ',
  licenseRequestSending: 'กำลังส่ง…',
  licenseRequestSent: 'ส่งคำขอของคุณถึงผู้ดูแลระบบแล้ว',

  // Errors
  errorTitle: 'เกิดข้อผิดพลาด',
  retry: 'ลองอีกครั้ง',
  startOver: 'เริ่มใหม่',
  errorOffline: 'คุณออฟไลน์อยู่ ตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',
  errorTimeout: 'บริการชำระเงินใช้เวลาตอบนานเกินไป ลองอีกครั้ง',
  errorRateLimited: (seconds: number) => `พยายามหลายครั้งเกินไป ลองอีกครั้งใน ${seconds} วินาที`,
  errorServer: 'เกิดข้อผิดพลาดในระบบของเรา ลองอีกครั้ง',
  errorUnavailable: 'บริการชำระเงินไม่พร้อมใช้งานในขณะนี้ ลองอีกครั้งในอีกสักครู่',
  errorBadResponse: 'เราได้รับการตอบกลับที่ไม่เข้าใจ ลองอีกครั้ง',
  errorSession: 'การลงชื่อเข้าใช้ของคุณหมดอายุแล้ว ลงชื่อเข้าใช้อีกครั้ง',
  errorQuantity: 'ซื้อสิทธิ์การใช้งานจำนวนนี้ไม่ได้ เปลี่ยนจำนวนแล้วลองอีกครั้ง',
  errorNotEligible: 'บัญชีของคุณซื้อผลิตภัณฑ์นี้ไม่ได้',
  errorUnknown: 'เกิดข้อผิดพลาด ลองอีกครั้ง',
  errorPopupBlocked: 'เบราว์เซอร์บล็อกหน้าต่างลงชื่อเข้าใช้ อนุญาตป๊อปอัปสำหรับหน้านี้ หรือลองอีกครั้ง',
  errorSignInCancelled: 'ยกเลิกการลงชื่อเข้าใช้แล้ว ลงชื่อเข้าใช้เพื่อดำเนินการต่อ',
  errorSignInBusy: 'มีการลงชื่อเข้าใช้อื่นเปิดอยู่ในหน้านี้ ทำให้เสร็จหรือปิดก่อนแล้วลองอีกครั้ง',
  errorSignInFailed: 'ลงชื่อเข้าใช้ไม่สำเร็จ ลองอีกครั้ง',
  errorAccountMismatch: 'คุณลงชื่อเข้าใช้ด้วยบัญชีที่ไม่ตรงกับอีเมลที่ป้อน ลงชื่อเข้าใช้ด้วยอีเมลนั้น หรือใช้อีเมลอื่น',
  errorCardDeclined: 'บัตรของคุณถูกปฏิเสธ ลองใช้บัตรอื่นหรือติดต่อธนาคาร',
  errorInsufficientFunds: 'ยอดเงินในบัตรไม่เพียงพอ ลองใช้บัตรอื่น',
  errorExpiredCard: 'บัตรของคุณหมดอายุแล้ว ตรวจสอบวันหมดอายุหรือใช้บัตรอื่น',
  errorIncorrectCvc: 'รหัสความปลอดภัยไม่ถูกต้อง ตรวจสอบรหัสที่ด้านหลังบัตร',
  errorAuthenticationFailed: 'ธนาคารยืนยันการชำระเงินไม่ได้ ลองอีกครั้งหรือใช้บัตรอื่น',
  errorProcessing: 'ดำเนินการกับบัตรของคุณไม่ได้ ลองอีกครั้งในอีกสักครู่',
  errorIncomplete: 'กรอกรายละเอียดบัตรให้ครบถ้วน',
  errorPaymentLoad: 'โหลดฟอร์มการชำระเงินที่ปลอดภัยไม่ได้ ตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',
  errorPaymentExpired: 'การชำระเงินหมดอายุก่อนเสร็จสิ้น เริ่มใหม่ได้ คุณยังไม่ถูกเรียกเก็บเงิน',
  errorPaymentFailed: 'การชำระเงินไม่สำเร็จและคุณยังไม่ถูกเรียกเก็บเงิน เริ่มใหม่เพื่อลองอีกครั้ง',
} satisfies FlowCatalog;
