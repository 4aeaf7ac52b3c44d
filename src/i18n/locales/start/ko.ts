import type { StartCatalog } from './en.js';

export const ko = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `${product} 구매`,
  buyButtonLabelGeneric: '라이선스 구매',
  dialogClose: '닫기',
  loading: '로드하는 중…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `이 구매 버튼의 설정이 잘못되었습니다. “${product}”은(는) 여기에서 구매할 수 있는 제품이 아닙니다.`,
  configApiBase: '이 구매 양식의 설정이 잘못되었습니다. 결제 서비스 주소가 없거나 안전하지 않습니다(https 필요).',
  configAuth: '이 구매 양식의 설정이 잘못되었습니다. 로그인 설정이 없습니다.',
  configPayment: '이 구매 양식의 설정이 잘못되었습니다. 결제 설정이 없습니다.',
  configClientReferenceId:
    '이 구매 양식의 설정이 잘못되었습니다. 클라이언트 참조 ID가 유효하지 않습니다(문자, 숫자, 하이픈, 밑줄로 최대 200자).',
  configTitle: '구매할 수 없음',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: '결제 서비스에 연결할 수 없습니다. 연결을 확인하고 다시 시도하세요.',

  // Email step
  emailTitle: (product: string) => `${product} 구매`,
  emailIntro: '회사 또는 학교 이메일을 입력하세요. 조직에서 직접 구매를 허용하는지 확인합니다.',
  emailLabel: '회사 또는 학교 이메일',
  emailHint: '예: name@company.com',
  emailSubmit: '계속',
  emailChecking: '확인하는 중…',
  emailErrorEmpty: '회사 또는 학교 이메일을 입력하세요.',
  emailErrorFormat: 'name@company.com 형식으로 이메일 주소를 입력하세요.',
  emailErrorTooLong: '이메일 주소가 너무 깁니다. 254자 이하로 입력하세요.',
  emailErrorHidden: '이메일 주소에 보이지 않는 문자가 있습니다(주로 복사하여 붙여 넣을 때 생깁니다). 다시 입력하세요.',
} satisfies StartCatalog;
