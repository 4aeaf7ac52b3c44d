import type { StartCatalog } from './en.js';

export const th = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `ซื้อ ${product}`,
  buyButtonLabelGeneric: 'ซื้อสิทธิ์การใช้งาน',
  dialogClose: 'ปิด',
  loading: 'กำลังโหลด…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) => `ปุ่มซื้อนี้ตั้งค่าไม่ถูกต้อง: “${product}” ไม่ใช่ผลิตภัณฑ์ที่ซื้อได้ที่นี่`,
  configApiBase: 'ฟอร์มการซื้อนี้ตั้งค่าไม่ถูกต้อง: ไม่มีที่อยู่ของบริการชำระเงิน หรือที่อยู่ไม่ปลอดภัย (https)',
  configAuth: 'ฟอร์มการซื้อนี้ตั้งค่าไม่ถูกต้อง: ไม่มีการตั้งค่าการลงชื่อเข้าใช้',
  configPayment: 'ฟอร์มการซื้อนี้ตั้งค่าไม่ถูกต้อง: ไม่มีการตั้งค่าการชำระเงิน',
  configClientReferenceId: 'ฟอร์มการซื้อนี้ตั้งค่าไม่ถูกต้อง: รหัสอ้างอิงไคลเอ็นต์ไม่ถูกต้อง (ใช้ตัวอักษร ตัวเลข ขีดกลาง หรือขีดล่างไม่เกิน 200 ตัว)',
  configTitle: 'ไม่สามารถซื้อได้',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'เชื่อมต่อบริการชำระเงินไม่ได้ ตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',

  // Email step
  emailTitle: (product: string) => `ซื้อ ${product}`,
  emailIntro: 'ป้อนอีเมลที่ทำงานหรือโรงเรียนของคุณ เราจะตรวจสอบว่าองค์กรอนุญาตให้คุณซื้อเองหรือไม่',
  emailLabel: 'อีเมลที่ทำงานหรือโรงเรียน',
  emailHint: 'ตัวอย่างเช่น name@company.com',
  emailSubmit: 'ดำเนินการต่อ',
  emailChecking: 'กำลังตรวจสอบ…',
  emailErrorEmpty: 'ป้อนอีเมลที่ทำงานหรือโรงเรียนของคุณ',
  emailErrorFormat: 'ป้อนที่อยู่อีเมลในรูปแบบ name@company.com',
  emailErrorTooLong: 'ที่อยู่อีเมลนี้ยาวเกินไป ใช้ได้ไม่เกิน 254 อักขระ',
  emailErrorHidden: 'ที่อยู่อีเมลนี้มีอักขระซ่อนอยู่ (มักมาจากการคัดลอกและวาง) พิมพ์ใหม่อีกครั้ง',
} satisfies StartCatalog;
