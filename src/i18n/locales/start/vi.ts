import type { StartCatalog } from './en.js';

export const vi = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `Mua ${product}`,
  buyButtonLabelGeneric: 'Mua giấy phép',
  dialogClose: 'Đóng',
  loading: 'Đang tải…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `Nút mua này chưa được thiết lập đúng: “${product}” không phải là sản phẩm có thể mua tại đây.`,
  configApiBase:
    'Biểu mẫu mua này chưa được thiết lập đúng: địa chỉ dịch vụ thanh toán bị thiếu hoặc không an toàn (https).',
  configAuth: 'Biểu mẫu mua này chưa được thiết lập đúng: thiếu cài đặt đăng nhập.',
  configPayment: 'Biểu mẫu mua này chưa được thiết lập đúng: thiếu cài đặt thanh toán.',
  configClientReferenceId:
    'Biểu mẫu mua này chưa được thiết lập đúng: ID tham chiếu máy khách không hợp lệ (dùng tối đa 200 chữ cái, chữ số, dấu gạch nối hoặc dấu gạch dưới).',
  configTitle: 'Không thể mua',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'Không thể kết nối với dịch vụ thanh toán. Hãy kiểm tra kết nối rồi thử lại.',

  // Email step
  emailTitle: (product: string) => `Mua ${product}`,
  emailIntro:
    'Nhập email cơ quan hoặc trường học của bạn. Chúng tôi sẽ kiểm tra xem tổ chức của bạn có cho phép bạn tự mua hay không.',
  emailLabel: 'Email cơ quan hoặc trường học',
  emailHint: 'Ví dụ: name@company.com',
  emailSubmit: 'Tiếp tục',
  emailChecking: 'Đang kiểm tra…',
  emailErrorEmpty: 'Nhập email cơ quan hoặc trường học của bạn.',
  emailErrorFormat: 'Nhập địa chỉ email theo dạng name@company.com.',
  emailErrorTooLong: 'Địa chỉ email đó quá dài. Hãy dùng tối đa 254 ký tự.',
  emailErrorHidden: 'Địa chỉ email đó có ký tự ẩn (thường do sao chép và dán). Hãy nhập lại.',
} satisfies StartCatalog;
