/** The checkout steps (seats, card, done): they load while the sign-in step is on screen. */
export { SspSeatPicker } from './seat-picker/seat-picker.js';
export { SspCardPayment } from './card-payment/card-payment.js';
export { SspPurchaseComplete } from './purchase-complete/purchase-complete.js';
/** The buy button's dialog while a card payment is confirmed (it steps out of the top layer). */
export { stepDown } from './buy-button/step-down.js';
