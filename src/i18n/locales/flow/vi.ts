import type { FlowCatalog } from './en.js';

export const vi = {
  // Sign-in step
  signInTitle: 'Đăng nhập để tiếp tục',
  signInIntro: (email: string, organization: string) =>
    `Đăng nhập bằng ${email} với tài khoản ${organization} của bạn. Cửa sổ đăng nhập của Microsoft sẽ mở ra.`,
  signInButton: 'Đăng nhập',
  signInPreparing: 'Đang chuẩn bị đăng nhập…',
  signInBusy: 'Đang đăng nhập…',
  signInRedirecting: 'Trình duyệt đã chặn cửa sổ đăng nhập, vì vậy chúng tôi sẽ chuyển bạn đến trang đăng nhập…',
  signInCancel: 'Hủy',
  signInReopen: 'Mở lại cửa sổ đăng nhập',
  signInStalled: 'Vẫn đang chờ đăng nhập. Nếu bạn đã đóng cửa sổ đăng nhập, hãy mở lại hoặc hủy.',
  useDifferentEmail: 'Dùng email khác',

  // Checking
  checkingTitle: 'Đang kiểm tra những gì bạn có thể mua…',

  // Seat step
  seatsTitle: 'Bạn cần bao nhiêu giấy phép?',
  seatsTitleAdd: 'Thêm giấy phép',
  seatsExisting: (count: number, product: string) => `Bạn đã có ${count} giấy phép ${product}.`,
  seatsLabel: 'Số lượng giấy phép',
  seatsHint: (min: number, max: number) => `Từ ${min} đến ${max}. Sau đó hãy gán cho đồng nghiệp.`,
  seatsDecrease: 'Bớt một giấy phép',
  seatsIncrease: 'Thêm một giấy phép',
  planLegend: 'Tần suất thanh toán',
  planMonthly: (price: string) => `Hằng tháng: ${price} mỗi giấy phép mỗi tháng`,
  planYearly: (price: string) => `Hằng năm: ${price} mỗi giấy phép mỗi năm`,
  totalLabel: 'Tổng cộng',
  totalMonthly: (amount: string) => `${amount} mỗi tháng`,
  totalYearly: (amount: string) => `${amount} mỗi năm`,
  taxExclusive: 'Chưa bao gồm thuế hiện hành.',
  taxInclusive: 'Đã bao gồm thuế.',
  disclosuresTitle: 'Trước khi bạn thanh toán',
  disclosureBilledToYou:
    'Bạn thanh toán bằng thẻ tín dụng của riêng mình. Theo điều khoản mua hàng, bạn (không phải tổ chức của bạn) bị tính phí và chịu trách nhiệm thanh toán.',
  disclosureRenews: 'Gói đăng ký tự động gia hạn cho đến khi bạn hủy.',
  disclosurePrices: 'Giá có thể khác với giá tổ chức của bạn trả khi mua tập trung hoặc thông qua đối tác.',
  disclosureAdminSees:
    'Người quản trị CNTT của bạn có thể thấy giao dịch mua này. Người quản trị có thể gán giấy phép mua tập trung cho những người sử dụng sản phẩm, rồi yêu cầu bạn hủy gói đăng ký.',
  disclosureDataOwner: (product: string) => `Tổ chức của bạn sở hữu và kiểm soát dữ liệu được tạo trong ${product}.`,
  disclosureData:
    'Để xử lý giao dịch mua, hệ thống sử dụng tên, địa chỉ email, địa chỉ IP của bạn, cùng ID đối tượng thuê và ID người dùng của tổ chức bạn.',
  seatsSubmit: 'Tiếp tục thanh toán',
  seatsSubmitting: 'Đang chuẩn bị thanh toán…',
  seatsErrorEmpty: 'Nhập số lượng giấy phép.',
  seatsErrorWhole: 'Nhập một số nguyên, ví dụ 3.',
  seatsErrorMin: (min: number) => `Hãy mua ít nhất ${min} giấy phép.`,
  seatsErrorMax: (max: number) => `Bạn chỉ có thể mua tối đa ${max} giấy phép tại đây.`,

  // Trial
  trialTitle: (product: string) => `Dùng thử ${product} miễn phí`,
  trialIntro: (days: number) =>
    `Tổ chức của bạn cho phép dùng thử miễn phí. Bắt đầu dùng thử ${days} ngày; không cần thẻ tín dụng.`,
  trialSubmit: 'Bắt đầu dùng thử miễn phí',
  trialStarting: 'Đang bắt đầu dùng thử…',

  // Payment step
  paymentTitle: 'Thanh toán bằng thẻ',
  paymentSummary: (count: number, product: string, amount: string) => `${count} giấy phép ${product}: ${amount}`,
  paymentCardOnly: 'Thẻ tín dụng là phương thức thanh toán duy nhất.',
  paymentLoading: 'Đang tải biểu mẫu thanh toán an toàn…',
  paymentSubmit: (amount: string) => `Thanh toán ${amount}`,
  paymentPaying: 'Đang thanh toán…',
  paymentBack: 'Thay đổi số giấy phép',
  paymentNotTwice: 'Bạn sẽ không bị tính phí hai lần.',

  // Processing
  processingTitle: 'Đang xác nhận thanh toán của bạn…',
  processingSlow:
    'Vẫn đang kiểm tra trạng thái thanh toán. Việc này có thể mất một phút. Bạn sẽ không bị tính phí hai lần, và bạn có thể đóng cửa sổ này rồi quay lại sau.',

  // Complete
  completeTitle: 'Mọi thứ đã sẵn sàng',
  completeTrialTitle: 'Bản dùng thử đã bắt đầu',
  completeSummary: (count: number, product: string, amount: string) =>
    `Bạn đã mua ${count} giấy phép ${product} với giá ${amount}.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    `Bạn đã thêm ${count} giấy phép ${product} với giá ${amount}.`,
  completeTrialSummary: (product: string, date: string) => `Bạn có thể dùng thử ${product} đến ${date}.`,
  completeStart: (product: string) => `Bắt đầu dùng ${product}`,
  completeAdmin: 'Gán giấy phép trong trung tâm quản trị',
  completeManage: 'Gán giấy phép ngay',
  completeReceipt: 'Biên lai sẽ được gửi đến email cơ quan của bạn.',
  completeRenews:
    'Gói đăng ký tự động gia hạn cho đến khi bạn hủy. Bạn có thể gán giấy phép, thêm hoặc bớt giấy phép, cập nhật thẻ hoặc hủy bất cứ lúc nào.',
  completeTrialEnds: (product: string, date: string) =>
    `Khi bản dùng thử kết thúc vào ${date}, ${product} sẽ ngừng hoạt động trừ khi bạn mua. Bạn không bị tính phí.`,
  completeTerms: 'Điều khoản mua hàng',
  completeSupport: 'Hỗ trợ tiêu chuẩn từ Microsoft',
  completeTraining: (product: string) => `Đào tạo về ${product}`,
  completeAdminHint:
    'Trong trung tâm quản trị Microsoft 365, bạn có thể gán giấy phép cho mọi người trong tổ chức (tối đa 20 người mỗi lần), mua thêm, hủy, cập nhật thẻ và xem hóa đơn.',

  // Ineligible
  ineligibleTitle: 'Bạn không thể tự mua sản phẩm này',
  reasonPersonalEmail: 'Hãy dùng email cơ quan hoặc trường học. Địa chỉ email cá nhân không thể mua cho tổ chức.',
  reasonNoTenant: 'Chúng tôi không tìm thấy tổ chức nào dùng miền của email này với Microsoft.',
  reasonUnmanagedTenant:
    'Đối tượng thuê Microsoft Entra của tổ chức bạn chưa có người quản trị. Người quản trị phải tiếp quản đối tượng thuê trước khi bất kỳ ai có thể mua.',
  reasonGovernmentTenant: 'Tính năng mua tự phục vụ không khả dụng cho cơ quan chính phủ.',
  reasonEducationTenant: 'Tính năng mua tự phục vụ không khả dụng cho cơ sở giáo dục.',
  reasonGuestUser: 'Bạn đang đăng nhập với tư cách khách trong tổ chức này. Chỉ thành viên của tổ chức mới có thể mua.',
  reasonMarketUnavailable: (product: string) =>
    `Không thể mua ${product} theo hình thức tự phục vụ tại quốc gia hoặc khu vực của tổ chức bạn.`,
  reasonDisabledByAdmin: (product: string) =>
    `Người quản trị CNTT của bạn đã tắt tính năng mua tự phục vụ cho ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `Người quản trị CNTT của bạn chỉ cho phép dùng thử miễn phí không cần phương thức thanh toán, và ${product} không có bản dùng thử như vậy.`,
  ineligibleContact: 'Hãy liên hệ với người quản trị CNTT để có sản phẩm này.',
  ineligibleAdminMessage: (organization: string) => `Tin nhắn từ ${organization}:`,
  ineligibleAdminLink: 'Mở trang yêu cầu của tổ chức bạn',
  licenseRequestLabel: 'Tin nhắn cho người quản trị (tùy chọn)',
  licenseRequestSubmit: 'Yêu cầu người quản trị cấp giấy phép',
  licenseRequestSending: 'Đang gửi…',
  licenseRequestSent: 'Yêu cầu của bạn đã được gửi đến người quản trị.',

  // Errors
  errorTitle: 'Đã xảy ra lỗi',
  retry: 'Thử lại',
  startOver: 'Bắt đầu lại',
  errorOffline: 'Bạn đang ngoại tuyến. Hãy kiểm tra kết nối rồi thử lại.',
  errorTimeout: 'Dịch vụ thanh toán phản hồi quá lâu. Hãy thử lại.',
  errorRateLimited: (seconds: number) => `Quá nhiều lần thử. Hãy thử lại sau ${seconds} giây.`,
  errorServer: 'Đã xảy ra lỗi từ phía chúng tôi. Hãy thử lại.',
  errorUnavailable: 'Dịch vụ thanh toán hiện không khả dụng. Hãy thử lại sau giây lát.',
  errorBadResponse: 'Chúng tôi nhận được phản hồi không hợp lệ. Hãy thử lại.',
  errorSession: 'Phiên đăng nhập của bạn đã hết hạn. Hãy đăng nhập lại.',
  errorQuantity: 'Không thể mua số lượng giấy phép đó. Hãy thay đổi rồi thử lại.',
  errorNotEligible: 'Tài khoản của bạn không thể mua sản phẩm này.',
  errorUnknown: 'Đã xảy ra lỗi. Hãy thử lại.',
  errorPopupBlocked: 'Trình duyệt đã chặn cửa sổ đăng nhập. Hãy cho phép cửa sổ bật lên trên trang này hoặc thử lại.',
  errorSignInCancelled: 'Đã hủy đăng nhập. Hãy đăng nhập để tiếp tục.',
  errorSignInBusy: 'Một phiên đăng nhập khác đang mở trên trang này. Hãy hoàn tất hoặc đóng phiên đó rồi thử lại.',
  errorSignInFailed: 'Không đăng nhập được. Hãy thử lại.',
  errorAccountMismatch:
    'Bạn đã đăng nhập bằng tài khoản khác với email bạn đã nhập. Hãy đăng nhập bằng email đó hoặc dùng email khác.',
  errorCardDeclined: 'Thẻ của bạn bị từ chối. Hãy thử thẻ khác hoặc liên hệ với ngân hàng.',
  errorInsufficientFunds: 'Thẻ của bạn không đủ số dư. Hãy thử thẻ khác.',
  errorExpiredCard: 'Thẻ của bạn đã hết hạn. Hãy kiểm tra ngày hết hạn hoặc dùng thẻ khác.',
  errorIncorrectCvc: 'Mã bảo mật không đúng. Hãy kiểm tra mã ở mặt sau thẻ.',
  errorAuthenticationFailed: 'Ngân hàng của bạn không thể xác minh khoản thanh toán. Hãy thử lại hoặc dùng thẻ khác.',
  errorProcessing: 'Không thể xử lý thẻ của bạn. Hãy thử lại sau giây lát.',
  errorIncomplete: 'Hãy nhập đầy đủ thông tin thẻ.',
  errorPaymentLoad: 'Không thể tải biểu mẫu thanh toán an toàn. Hãy kiểm tra kết nối rồi thử lại.',
  errorPaymentExpired: 'Khoản thanh toán đã hết hạn trước khi hoàn tất. Hãy bắt đầu lại; bạn chưa bị tính phí.',
  errorPaymentFailed: 'Thanh toán không thành công và bạn chưa bị tính phí. Hãy bắt đầu lại để thử lần nữa.',
} satisfies FlowCatalog;
