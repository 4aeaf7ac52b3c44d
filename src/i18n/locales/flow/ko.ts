import type { FlowCatalog } from './en.js';

export const ko = {
  // Sign-in step
  signInTitle: '계속하려면 로그인하세요',
  signInIntro: (email: string, organization: string) =>
    `${organization} 계정(${email})으로 로그인하세요. Microsoft 로그인 창이 열립니다.`,
  signInButton: '로그인',
  signInPreparing: '로그인을 준비하는 중…',
  signInBusy: '로그인하는 중…',
  signInRedirecting: '브라우저에서 로그인 창을 차단하여 대신 로그인 페이지로 이동하는 중…',
  signInCancel: '취소',
  signInReopen: '로그인 창 다시 열기',
  signInStalled: '아직 로그인을 기다리는 중입니다. 로그인 창을 닫았다면 다시 열거나 취소하세요.',
  useDifferentEmail: '다른 이메일 사용',

  // Checking
  checkingTitle: '구매할 수 있는 항목을 확인하는 중…',

  // Seat step
  seatsTitle: '라이선스가 몇 개 필요하세요?',
  seatsTitleAdd: '라이선스 추가',
  seatsExisting: (count: number, product: string) => `이미 ${product} 라이선스 ${count}개를 보유하고 있습니다.`,
  seatsLabel: '라이선스 수',
  seatsHint: (min: number, max: number) => `${min}~${max}개. 구매 후 동료에게 할당하세요.`,
  seatsDecrease: '라이선스 1개 줄이기',
  seatsIncrease: '라이선스 1개 늘리기',
  planLegend: '청구 빈도',
  planMonthly: (price: string) => `월별: 라이선스당 월 ${price}`,
  planYearly: (price: string) => `연간: 라이선스당 연 ${price}`,
  totalLabel: '합계',
  totalMonthly: (amount: string) => `월 ${amount}`,
  totalYearly: (amount: string) => `연 ${amount}`,
  taxExclusive: '해당 세금이 별도로 부과됩니다.',
  taxInclusive: '세금이 포함되어 있습니다.',
  disclosuresTitle: '결제하기 전에',
  disclosureBilledToYou:
    '본인의 신용 카드로 결제합니다. 구매 약관에 따라 조직이 아닌 본인에게 요금이 청구되며 결제 책임도 본인에게 있습니다.',
  disclosureRenews: '구독은 취소할 때까지 자동으로 갱신됩니다.',
  disclosurePrices: '가격은 조직이 중앙에서 구매하거나 파트너를 통해 구매할 때 지불하는 가격과 다를 수 있습니다.',
  disclosureAdminSees:
    'IT 관리자는 이 구매를 볼 수 있습니다. 관리자가 중앙에서 구매한 라이선스를 사용자에게 할당한 후 구독 취소를 요청할 수 있습니다.',
  disclosureDataOwner: (product: string) => `${product}에서 만든 데이터는 조직이 소유하고 관리합니다.`,
  disclosureData: '구매를 처리하기 위해 이름, 이메일 주소, IP 주소, 조직의 테넌트 ID와 사용자 ID가 사용됩니다.',
  seatsSubmit: '결제로 이동',
  seatsSubmitting: '결제를 준비하는 중…',
  seatsErrorEmpty: '라이선스 수를 입력하세요.',
  seatsErrorWhole: '3과 같은 정수를 입력하세요.',
  seatsErrorMin: (min: number) => `${min}개 이상 구매하세요.`,
  seatsErrorMax: (max: number) => `여기에서는 최대 ${max}개까지 구매할 수 있습니다.`,

  // Trial
  trialTitle: (product: string) => `${product} 무료로 사용해 보기`,
  trialIntro: (days: number) =>
    `조직에서 무료 평가판을 허용합니다. ${days}일 평가판을 시작하세요. 신용 카드는 필요하지 않습니다.`,
  trialSubmit: '무료 평가판 시작',
  trialStarting: '평가판을 시작하는 중…',

  // Payment step
  paymentTitle: '카드로 결제',
  paymentSummary: (count: number, product: string, amount: string) => `${product} 라이선스 ${count}개: ${amount}`,
  paymentCardOnly: '신용 카드가 유일한 결제 방법입니다.',
  paymentLoading: '보안 결제 양식을 로드하는 중…',
  paymentSubmit: (amount: string) => `${amount} 결제`,
  paymentPaying: '결제하는 중…',
  paymentBack: '라이선스 수 변경',
  paymentNotTwice: '요금이 두 번 청구되지 않습니다.',

  // Processing
  processingTitle: '결제를 확인하는 중…',
  processingSlow:
    '아직 결제 상태를 확인하는 중입니다. 1분 정도 걸릴 수 있습니다. 요금이 두 번 청구되지 않으며, 이 창을 닫았다가 나중에 다시 와도 됩니다.',

  // Complete
  completeTitle: '모두 완료되었습니다',
  completeTrialTitle: '평가판이 시작되었습니다',
  completeSummary: (count: number, product: string, amount: string) =>
    `${product} 라이선스 ${count}개를 ${amount}에 구매했습니다.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    `${product} 라이선스 ${count}개를 ${amount}에 추가했습니다.`,
  completeTrialSummary: (product: string, date: string) => `${date}까지 ${product}을(를) 사용해 볼 수 있습니다.`,
  completeStart: (product: string) => `${product} 사용 시작`,
  completeAdmin: '관리 센터에서 라이선스 할당',
  completeManage: '지금 라이선스 할당',
  completeReceipt: '영수증이 회사 이메일로 전송됩니다.',
  completeRenews:
    '구독은 취소할 때까지 자동으로 갱신됩니다. 언제든지 라이선스를 할당하거나, 라이선스를 추가 또는 제거하거나, 카드를 업데이트하거나, 구독을 취소할 수 있습니다.',
  completeTrialEnds: (product: string, date: string) =>
    `평가판은 ${date}에 종료되며, 구매하지 않으면 ${product}을(를) 더 이상 사용할 수 없습니다. 요금은 청구되지 않습니다.`,
  completeTerms: '구매 약관',
  completeSupport: 'Microsoft 표준 지원',
  completeTraining: (product: string) => `${product} 교육`,
  completeAdminHint:
    'Microsoft 365 관리 센터에서 조직 구성원에게 라이선스를 할당(한 번에 최대 20명)하고, 추가로 구매하고, 구독을 취소하고, 카드를 업데이트하고, 청구서를 볼 수 있습니다.',

  // Ineligible
  ineligibleTitle: '직접 구매할 수 없습니다',
  reasonPersonalEmail: '회사 또는 학교 이메일을 사용하세요. 개인 이메일 주소로는 조직을 위해 구매할 수 없습니다.',
  reasonNoTenant: '이 이메일의 도메인을 Microsoft에서 사용하는 조직을 찾을 수 없습니다.',
  reasonUnmanagedTenant:
    '조직의 Microsoft Entra 테넌트에 아직 관리자가 없습니다. 누구든 구매하려면 먼저 관리자가 테넌트를 인수해야 합니다.',
  reasonGovernmentTenant: '정부 기관에서는 셀프 서비스 구매를 사용할 수 없습니다.',
  reasonEducationTenant: '교육 기관에서는 셀프 서비스 구매를 사용할 수 없습니다.',
  reasonGuestUser: '이 조직에 게스트로 로그인했습니다. 조직의 구성원만 구매할 수 있습니다.',
  reasonMarketUnavailable: (product: string) =>
    `조직이 있는 국가 또는 지역에서는 ${product}을(를) 셀프 서비스로 구매할 수 없습니다.`,
  reasonDisabledByAdmin: (product: string) =>
    `IT 관리자가 ${product}의 셀프 서비스 구매를 사용하지 않도록 설정했습니다.`,
  reasonTrialsOnly: (product: string) =>
    `IT 관리자가 결제 방법이 필요 없는 무료 평가판만 허용하는데, ${product}에는 무료 평가판이 없습니다.`,
  ineligibleContact: '이 제품이 필요하면 IT 관리자에게 문의하세요.',
  ineligibleAdminMessage: (organization: string) => `${organization}의 메시지:`,
  ineligibleAdminLink: '조직의 요청 페이지 열기',
  licenseRequestLabel: '관리자에게 보낼 메시지(선택 사항)',
  licenseRequestSubmit: '관리자에게 라이선스 요청',
  licenseRequestSending: '보내는 중…',
  licenseRequestSent: '요청을 관리자에게 보냈습니다.',

  // Errors
  errorTitle: '문제가 발생했습니다',
  retry: '다시 시도',
  startOver: '처음부터 다시 시작',
  errorOffline: '오프라인 상태입니다. 연결을 확인하고 다시 시도하세요.',
  errorTimeout: '결제 서비스의 응답 시간이 너무 깁니다. 다시 시도하세요.',
  errorRateLimited: (seconds: number) => `시도 횟수가 너무 많습니다. ${seconds}초 후에 다시 시도하세요.`,
  errorServer: '서비스에 문제가 발생했습니다. 다시 시도하세요.',
  errorUnavailable: '지금은 결제 서비스를 사용할 수 없습니다. 잠시 후 다시 시도하세요.',
  errorBadResponse: '이해할 수 없는 응답을 받았습니다. 다시 시도하세요.',
  errorSession: '로그인이 만료되었습니다. 다시 로그인하세요.',
  errorQuantity: '해당 라이선스 수로는 구매할 수 없습니다. 수를 변경하고 다시 시도하세요.',
  errorNotEligible: '이 계정으로는 이 제품을 구매할 수 없습니다.',
  errorUnknown: '문제가 발생했습니다. 다시 시도하세요.',
  errorPopupBlocked: '브라우저에서 로그인 창을 차단했습니다. 이 페이지의 팝업을 허용하거나 다시 시도하세요.',
  errorSignInCancelled: '로그인이 취소되었습니다. 계속하려면 로그인하세요.',
  errorSignInBusy: '이 페이지에서 다른 로그인이 이미 진행 중입니다. 완료하거나 닫은 후 다시 시도하세요.',
  errorSignInFailed: '로그인하지 못했습니다. 다시 시도하세요.',
  errorAccountMismatch:
    '입력한 이메일과 다른 계정으로 로그인했습니다. 해당 이메일로 로그인하거나 다른 이메일을 사용하세요.',
  errorCardDeclined: '카드가 거부되었습니다. 다른 카드를 사용하거나 은행에 문의하세요.',
  errorInsufficientFunds: '카드 잔액이 부족합니다. 다른 카드를 사용하세요.',
  errorExpiredCard: '카드가 만료되었습니다. 만료 날짜를 확인하거나 다른 카드를 사용하세요.',
  errorIncorrectCvc: '보안 코드가 올바르지 않습니다. 카드 뒷면의 코드를 확인하세요.',
  errorAuthenticationFailed: '은행에서 결제를 확인할 수 없습니다. 다시 시도하거나 다른 카드를 사용하세요.',
  errorProcessing: '카드를 처리할 수 없습니다. 잠시 후 다시 시도하세요.',
  errorIncomplete: '카드 정보를 모두 입력하세요.',
  errorPaymentLoad: '보안 결제 양식을 로드할 수 없습니다. 연결을 확인하고 다시 시도하세요.',
  errorPaymentExpired: '결제가 완료되기 전에 만료되었습니다. 처음부터 다시 시작하세요. 요금은 청구되지 않았습니다.',
  errorPaymentFailed: '결제가 처리되지 않았으며 요금은 청구되지 않았습니다. 다시 시도하려면 처음부터 다시 시작하세요.',
} satisfies FlowCatalog;
