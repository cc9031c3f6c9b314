// Sentence rewrites: exact before → after pairs for every rule that rewrites, markup and
// protected tokens carried over, and a property over every example the rules ship with:
// an offered rewrite changes only its own sentence and re-lints clean.
import * as assert from 'node:assert/strict';
import { applyFixes, batchFixes, lint, rules, type DocumentKind, type Finding } from '../../server/src/engine';
import { protectedInRemoved, protectedTokens } from '../../server/src/engine/rewrite';
import { applySuggestion } from './helpers';

/** Every preferred sentence rewrite of a plain-text line applied at once: what fix-all does. */
function fixAll(text: string): string {
  return applyFixes(text, batchFixes(lint(text, { kind: 'plaintext' }), text));
}

/** The preferred fix of the first finding, applied: what one click does. */
function oneClick(text: string, kind: DocumentKind = 'markdown'): string {
  const preferred = lint(text, { kind }).flatMap((f) => f.suggestions).find((s) => s.preferred);
  return preferred ? applySuggestion(text, preferred) : text;
}

const PAIRS: Array<[rule: string, before: string, after: string]> = [
  // A rewrite of the whole line carries a merge tag or link over unchanged, so it can still be applied.
  ['pushy.buy-now', 'Ring 0161 496 0832 today and claim your free boiler check, {{first_name}}.', 'You can ring 0161 496 0832 today and claim your free boiler check, {{first_name}}.'],
  // A command with a remark after it: the command becomes an offer, the remark stays.
  ['pushy.buy-now', 'Upgrade to Pro right now, it takes two clicks.', 'You can upgrade to Pro — it takes two clicks.'],
  ['pushy.buy-now', 'Stop scrolling and start your free Kiteworks trial — it takes a minute.', 'You can start your free Kiteworks trial — it takes a minute.'],
  ['pushy.buy-now', 'Book your pottery lesson now: https://clayday.example/book', 'You can book your pottery lesson here: https://clayday.example/book'],
  // A directive with "not" becomes "please don't", in a purpose clause and on its own ("Please not…" is not English).
  ['impersonal.third-person-reader', 'Visitors wishing to picnic should not light barbecues on the lawn.', 'To picnic, please don’t light barbecues on the lawn.'],
  ['impersonal.third-person-reader', 'The Licensee shall not resell the tickets.', 'Please don’t resell the tickets.'],
  // A push tacked on after the news goes when read alone it still pushes (the rules or the model say so).
  ['pushy.urgency', 'Pottery taster evening: 6 places remaining (and going quickly).', 'Pottery taster evening: 6 places remaining.'],
  ['pushy.urgency', 'The summer rate for the Loch Ness cabin ends on Sunday and there will be no extensions, no exceptions and no second chances.', 'The summer rate for the Loch Ness cabin ends on Sunday.'],
  ['pushy.regret', "We've restored clocks in Harrogate since 1971, so you'll regret trusting yours to anyone else.", "We've restored clocks in Harrogate since 1971."],
  ['impersonal.third-person-reader', 'Customers can download their invoices from the portal.', 'You can download your invoices from the portal.'],
  ['impersonal.third-person-reader', 'The customer is responsible for any customs fees.', 'You are responsible for any customs fees.'],
  ['impersonal.third-person-reader', 'Customers can return items within 30 days.', 'You can return items within 30 days.'],
  ['impersonal.third-person-reader', 'New customers can claim a welcome gift at checkout.', 'As a new customer, you can claim a welcome gift at checkout.'],
  ['impersonal.passive', 'Your request has been received and will be processed within 3 days.', "We've got your request and we'll process it within 3 days."],
  ['impersonal.passive', 'Your request will be processed shortly.', "We'll process your request shortly."],
  ['impersonal.passive', 'Queries may be directed to reception.', 'You can send queries to reception.'],
  ['impersonal.passive', 'Payments must be made within 14 days of the invoice date.', 'Please make payments within 14 days of the invoice date.'],
  ['impersonal.passive', 'Changes to your booking may be made subject to availability.', 'You can make changes to your booking subject to availability.'],
  ['impersonal.passive', 'It is recommended that you back up your files.', 'We recommend that you back up your files.'],
  ['impersonal.passive', 'Customers are advised that parking is limited.', 'Parking is limited.'],
  ['impersonal.passive', 'You will be notified once your order has been dispatched.', "We'll tell you once we've sent your order."],
  ['impersonal.we-centric', 'We offer free shipping on all orders.', 'You get free shipping on all orders.'],
  ['impersonal.we-centric', 'We specialize in commercial roofing.', 'If you need commercial roofing, we can help.'],
  ['impersonal.we-centric', 'Our company is a leading provider of cloud storage.', 'You can get cloud storage from us.'],
  ['impersonal.grandiose', 'Ledgerly is the global benchmark for payroll excellence.', 'Ledgerly focuses on payroll.'],
  ['impersonal.grandiose', 'Harrowgate Bell Works: the world\'s foremost authority on bronze.', 'Harrowgate Bell Works: specialists in bronze.'],
  ['impersonal.grandiose', 'The UK\'s premier heritage roofing authority.', 'Specialists in heritage roofing in the UK.'],
  ['impersonal.grandiose', 'Tidewise is the definitive global app for tide tables.', 'Tidewise is an app for tide tables.'],
  ['impersonal.grandiose', 'Redefining the future of urban logistics, one parcel at a time.', 'Rethinking urban logistics, one parcel at a time.'],
  ['impersonal.we-centric', 'We are proud to announce that the Harbour Café now opens on Sundays.', 'The Harbour Café now opens on Sundays.'],
  ['pushy.manufactured-need', 'Your kitchen is crying out for a vertical herb wall.', 'If you’d like a vertical herb wall for your kitchen, we can help.'],
  ['pushy.manufactured-need', 'Every grown-up needs a crypto wallet by now.', 'If you’re looking for a crypto wallet, we can help.'],
  ['pushy.assumptive-close', 'I’ve pencilled you in for a demo on Thursday at 10 — see you then!', 'Would Thursday at 10 work for a demo?'],
  ['pushy.assumptive-close', 'Which finish shall we send you, the walnut or the oak?', 'Both the walnut and the oak are available, if you’d like one.'],
  ['pushy.assumptive-close', 'When works best for our call, Tuesday or Wednesday?', 'If a call would help, we’re free on Tuesday or Wednesday.'],
  ['pushy.assumptive-close', 'We’ve gone ahead and added the extended warranty to your basket.', 'You can add the extended warranty to your basket if you’d like.'],
  ['impersonal.legalese', 'The Purchaser hereby acknowledges that all handbells are sold as seen.', 'You acknowledge that all handbells are sold as seen.'],
  ['impersonal.passive', 'Itinerary changes may be made at short notice.', 'We may make itinerary changes at short notice.'],
  ['pushy.urgency', 'FREE DELIVERY TODAY ONLY!!!', 'Free delivery today.'],
  ['pushy.urgency', 'Act now — the quilting weekend price goes up at midnight.', 'The quilting weekend price stays the same until midnight.'],
  ['pushy.urgency', 'Hurry, your Loomcraft trial discount disappears in 3 hours.', 'Your Loomcraft trial discount is valid for another 3 hours.'],
  ['pushy.urgency', 'Glaze kits are 25% off, but only until midnight.', 'Glaze kits are 25% off until midnight.'],
  ['pushy.scarcity', 'Only 5 hand-stitched saddle bags left — once they’re gone, they’re gone!', 'Only 5 hand-stitched saddle bags left.'],
  ['impersonal.grandiose', 'Tanglewood is the world-leading supplier of heritage seed.', 'Tanglewood supplies heritage seed.'],
  ['impersonal.grandiose', 'Pipwick is the industry’s premier allotment booking app.', 'Pipwick is an allotment booking app.'],
  ['impersonal.legalese', 'Fernbrook reserves the right to amend the ride schedule at its sole discretion.', 'Fernbrook may change the ride schedule.'],
  ['impersonal.legalese', 'We reserve the right to withdraw this promotion at our sole discretion.', 'We may withdraw this promotion.'],
  ['impersonal.legalese', 'The undersigned hereby consents to receipt of marketing communications.', 'You consent to receipt of marketing communications.'],
  ['impersonal.legalese', "The Practice reserves the right to levy a charge for appointments not cancelled with 24 hours' notice.", "We may add a charge for appointments not cancelled with 24 hours' notice."],
  ['impersonal.legalese', 'Hereinafter, the bearer of this card shall be referred to as the Member.', 'The bearer of this card will be referred to as the Member.'],
  ['pushy.legal-threat', 'Failure to confirm your stall within 48 hours will result in immediate termination of your market pitch.', 'Please confirm your stall within 48 hours to keep your market pitch.'],
  ['impersonal.passive', 'Refund requests are assessed in the order they arrive.', 'We assess refund requests in the order they arrive.'],
  ['pushy.regret', "You'll kick yourself if you miss the Harbourside lantern parade.", "We'd love to see you at the Harbourside lantern parade."],
  ['pushy.fomo', "Everyone's talking about the Copper Kettle's autumn menu — don't be the one who missed it.", "The Copper Kettle's autumn menu is here, if you'd like to try it."],
  ['pushy.loss-framing', "Let your Friends of the Gallery membership lapse and your members' rate is gone forever.", "If your Friends of the Gallery membership lapses, you'll permanently lose your members' rate."],
  ['pushy.manufactured-need', "You need a sourdough starter in your life; you just don't know it yet.", "If you're looking for a sourdough starter, we can help."],
  ['pushy.assumptive-close', 'When would suit you for the boiler check, Thursday or Friday?', 'If a boiler check would help, we’re free on Thursday or Friday.'],
  ['pushy.shouting', 'MOSSFORD MARKET: FREE COFFEE W/ EVERY PASTRY TONITE!!!', 'Mossford Market: free coffee with every pastry tonight.'],
  ['impersonal.passive', 'If this letter goes unanswered, your voting rights at the AGM may be suspended pending review.', 'If this letter goes unanswered, we may suspend your voting rights at the AGM pending review.'],
  ['pushy.buy-now', 'Tap here and subscribe now 👉', 'You can subscribe here 👉'],
  ['impersonal.passive', 'It is requested that the enclosed form be completed and returned.', 'Please complete and return the enclosed form.'],
  ['impersonal.form-letter', 'We value your custom and look forward to serving you again.', 'Thanks for shopping with us.'],
  ['impersonal.form-letter', 'Thank you for choosing to give £15 a month!', 'Thanks for deciding to give £15 a month!'],
  ['impersonal.corporatese', 'We leverage our expertise to facilitate your growth.', 'We use what we know to help you grow.'],
  ['impersonal.corporatese', 'In order to log in, please utilize your email.', 'To log in, please use your email.'],
  ['impersonal.form-letter', 'Please do not hesitate to contact us.', 'Just get in touch.'],
  ['impersonal.form-letter', 'Should you have any queries, please do not hesitate to contact us.', 'If you have any questions, just get in touch.'],
  ['impersonal.form-letter', 'Further to our recent correspondence, please find attached the particulars as requested.', 'Here are the particulars as requested.'],
  ['impersonal.form-letter', 'Please find enclosed your membership details for your records.', 'Here are your membership details for your records.'],
  ['impersonal.form-letter', 'Please find attached our invoice for services rendered.', "We've attached our invoice for services rendered."],
  ['pushy.regret', "You'll kick yourself next spring if you don't list your cottage with us now.", "You can list your cottage with us now, if you'd like."],
  ['pushy.regret', "Five years from now you'll wish you'd bought a cask at 2024 prices.", 'You can buy a cask at 2024 prices.'],
  ['pushy.regret', 'Future you will never forgive you for not installing LoanLight today.', 'You can install LoanLight today.'],
  ['pushy.regret', "You'll be sorry when prices go up in the spring.", 'Prices go up in the spring.'],
  ['pushy.regret', "You'll wish you'd booked when the fares jump next week.", 'The fares jump next week, so you may want to book before then.'],
  ['pushy.guilt', "Our tiny team worked all weekend on this issue, and you haven't even opened it.", 'Our tiny team worked all weekend on this issue.'],
  ['pushy.guilt', 'The least you can do is give £5.', "If you'd like to help, you can give £5."],
  ['pushy.peer-pressure', 'Your competitors are already automating their invoicing.', 'Many businesses are automating their invoicing.'],
  ['pushy.buy-now', 'Tap to upgrade to Premium right now 👉', 'You can upgrade to Premium 👉'],
  ['pushy.exclamations', 'KETTERING & MOSS: BOILER SERVICE DUE!!!', 'Kettering & Moss: boiler service due.'],
  ['pushy.shaming', "If you're a true patriot, you'll chip in before midnight.", 'You can chip in before midnight.'],
  ['pushy.urgency', "Don't wait: this 5.2% savings rate could vanish at any minute.", 'This 5.2% savings rate may change at short notice.'],
  ['pushy.loss-framing', 'Cancel now and you lose your 214-day streak forever.', "If you cancel now, you'll permanently lose your 214-day streak."],
  ['pushy.loss-framing', "Let your trial lapse and you'll lose every budget, note and streak you've built — permanently.", "If your trial lapses, you'll permanently lose every budget, note and streak you've built."],
  ['pushy.loss-framing', "Cancel now and your founder-rate price is gone forever; you'll never get it back.", "If you cancel, you'll permanently lose your founder-rate price."],
  ['impersonal.passive', 'Members are reminded that gloves must be wiped down after use.', 'Please wipe down gloves after use.'],
  ['pushy.peer-pressure', 'Three of your competitors in the Midlands already bond with Quillon.', 'Three businesses like yours in the Midlands bond with Quillon.'],
  ['pushy.peer-pressure', 'Three of your neighbours on Linden Grove have already switched to Brightwater Broadband.', 'Three households on Linden Grove have switched to Brightwater Broadband.'],
  ['pushy.assumptive-close', 'Your place on the March cohort is reserved; all that’s left is to pay the deposit.', 'We’re holding your place on the March cohort; please pay the deposit to confirm it.'],
  ['pushy.shouting', 'Pickle Night is BACK and BIGGER THAN EVER!!!', 'Pickle Night is back and bigger than ever.'],
  ['pushy.manufactured-need', 'Every home needs a stained-glass portrait of its pet.', 'If you’re looking for a stained-glass portrait of your pet, we can help.'],
  ['impersonal.passive', 'Passengers travelling with bicycles are requested to notify the booking office in advance.', "If you're travelling with bicycles, please notify the booking office in advance."],
  ['impersonal.third-person-reader', 'Attendees are asked to arrive 30 minutes early and to bring photo ID.', 'Please arrive 30 minutes early and bring photo ID.'],
  ['impersonal.passive', 'Companies seeking to modernise their procurement are encouraged to get in touch.', "If you're looking to modernise your procurement, please get in touch."],
  ['impersonal.form-letter', 'I hope this email finds you well.', ''],
  ['impersonal.third-person-reader', 'Diners with allergies should inform their server before ordering.', 'If you have allergies, please inform your server before ordering.'],
  ['impersonal.third-person-reader', 'Attendees requiring accessible seating may contact the box office.', 'If you need accessible seating, you can contact the box office.'],
  ['impersonal.passive', 'Appointments not confirmed 24 hours in advance may be reallocated.', 'We may reallocate appointments not confirmed 24 hours in advance.'],
  ['impersonal.passive', 'Refund requests received after the deadline will not be considered.', "We won't consider refund requests received after the deadline."],
  ['pushy.legal-threat', 'Non-payment by the due date will result in immediate suspension of your account.', "If you don't pay by the due date, we'll immediately suspend your account."],
  ['pushy.legal-threat', 'Failure to confirm by Friday will result in the release of your table.', 'Please confirm by Friday to keep your table.'],
  ['pushy.legal-threat', 'Failure to renew by Friday will result in permanent deletion of your workspace and all its files.', "If you don't renew by Friday, we'll permanently delete your workspace and all its files."],
  ['pushy.buy-now', 'Tap here and order your Sunday roast box now 🍗', 'You can order your Sunday roast box here 🍗'],
  ['pushy.legal-threat', 'Failure to respond will result in your account being closed and your data being deleted.', "If you don't respond, we'll close your account and delete your data."],
  ['pushy.buy-now', 'Call us today on 0800 555 0199 and book your free valuation!', 'You can call us today on 0800 555 0199 and book your free valuation.'],
  ['pushy.buy-now', 'Ring Platen & Ribbon today on 0161 555 0192 and book your service, go on, do it now.', 'You can ring Platen & Ribbon today on 0161 555 0192 and book your service.'],
  ['pushy.urgency', 'Don’t wait — renew your Pro plan today.', 'You can renew your Pro plan today.'],
  ['impersonal.corporatese', 'Just circling back per my previous email.', 'Just following up on my previous email.'],
  ['impersonal.legalese', 'The Company hereby reserves the right to amend or withdraw this offer at any time without notice.', 'We may change or withdraw this offer at any time without notice.'],
  ['impersonal.legalese', 'The operator reserves the right to refuse any booking at its sole discretion.', 'We may decline any booking at our discretion.'],
  ['impersonal.legalese', 'Participation in the Programme shall constitute acceptance of these Terms in their entirety.', 'By taking part in the Programme, you agree to these Terms.'],
  ['impersonal.legalese', 'Notwithstanding the foregoing, fees paid shall be non-refundable.', 'Even so, fees paid are non-refundable.'],
  ['impersonal.legalese', 'Notwithstanding the foregoing, the early-bird discount shall not apply to group bookings.', 'Even so, the early-bird discount doesn’t apply to group bookings.'],
  ['impersonal.passive', 'Changes to the booking may be requested, and will be considered.', "You can request changes to the booking, and we'll consider them."],
  ['impersonal.passive', 'Feedback is being collected so that improvements can be made.', "We're collecting feedback so that we can make improvements."],
  ['pushy.assumptive-close', 'We’ve added travel insurance to your basket for peace of mind.', 'You can add travel insurance to your basket for peace of mind, if you’d like.'],
  ['impersonal.passive', 'Amendments to bookings may be requested and will be considered on a case-by-case basis.', "You can request amendments to bookings and we'll consider them on a case-by-case basis."],
  ['impersonal.passive', 'Dietary requirements should be notified at the time of booking.', 'Please tell us about dietary requirements at the time of booking.'],
  ['impersonal.passive', 'Outstanding balance must be settled by Friday.', 'Please settle your outstanding balance by Friday.'],
  ['impersonal.third-person-reader', 'Supporters who give monthly make a lasting difference to patients and their families.', 'If you give monthly, you make a lasting difference to patients and their families.'],
  ['pushy.buy-now', 'Click here and upgrade to Pro today.', 'You can upgrade to Pro here today.'],
  ['pushy.buy-now', 'Pick up the phone now and reserve your plot at Greenmantle woodland burial ground.', 'You can reserve your plot at Greenmantle woodland burial ground by phone.'],
  ['pushy.loss-framing', 'Cancel now and every streak, badge and saved lesson is wiped for good.', 'If you cancel, every streak, badge and saved lesson is permanently deleted.'],
  ['pushy.legal-threat', 'Non-payment of the deposit by noon Friday will result in forfeiture of your allotment.', "If you don't pay the deposit by noon Friday, you'll lose your allotment."],
  ['pushy.legal-threat', 'Failure to book by 1 May will result in members losing their pitch for the season.', "If you don't book by 1 May, you'll lose your pitch for the season."],
  ['pushy.legal-threat', 'Failure to collect your order within 7 days will result in the items being released back to general stock.', "If you don't collect your order within 7 days, we'll release the items back to general stock."],
  ['pushy.legal-threat', 'Failure to confirm within 24 hours will result in your place being reassigned and your deposit withheld.', 'Please confirm within 24 hours to keep your place and your deposit.'],
  ['pushy.scarcity', 'Seats are limited, so book before they’re gone.', 'Seats are limited.'],
  ['impersonal.third-person-reader', 'Supporters who would like to leave a gift in their will can request an information pack.', 'If you would like to leave a gift in your will, you can request an information pack.'],
  ['impersonal.corporatese', 'Tidewise facilitates tidal data sharing for harbour masters.', 'Tidewise makes tidal data sharing easier for harbour masters.'],
  ['impersonal.passive', 'It has been decided that the Tuesday spin class will be discontinued.', "We've decided to discontinue the Tuesday spin class."],
  ['impersonal.passive', 'Changes to the subscription will be reflected in the next billing cycle.', "You'll see changes to the subscription in the next billing cycle."],
  ['impersonal.passive', 'Your request will be processed in due course.', "We'll process your request soon."],
  ['impersonal.third-person-reader', 'Residents should place their recycling box at the kerbside by 7am.', 'Please place your recycling box at the kerbside by 7am.'],
  ['impersonal.form-letter', 'Should you require any further assistance, please feel free to reach out.', 'If you need any more help, just get in touch.'],
  ['pushy.buy-now', 'Sign up now and start trading in minutes!', 'You can sign up and start trading in minutes.'],
  ['pushy.urgency', "Don't wait another second, the 2-for-1 on rare grooves closes at 11:59pm.", 'The 2-for-1 on rare grooves closes at 11:59pm.'],
  // Shouting: the whole sentence in a normal voice, with the other rules' fixes ("ACT NOW" goes).
  ['pushy.shouting', 'HUGE SALE: 50% OFF ALL SEEDS, ACT NOW!!!', 'Huge sale: 50% off all seeds.'],
  ['pushy.shouting', 'The #1 award-winning app trusted by 9 million people — DOWNLOAD NOW!!!', 'The #1 award-winning app trusted by 9 million people.'],
  ['pushy.exclamations', 'WE NEED YOU!!!', 'We need you.'],
  ['pushy.buy-now', 'Call 0161 496 0832 now to lock in your free boiler check!', 'You can call 0161 496 0832 to lock in your free boiler check.'],
  ['impersonal.form-letter', 'Please be advised that our prices will change.', 'Just so you know, our prices will change.'],
  ['impersonal.grandiose', 'Our world-class team is here for you.', 'Our excellent team is here for you.'],
  ['pushy.urgency', 'Act now and save 20% on your first box.', 'Save 20% on your first box.'],
  ['pushy.urgency', 'Hurry!', ''],
  ['pushy.urgency', 'Last chance to grab the bundle.', 'You can still grab the bundle.'],
  ['pushy.buy-now', "Buy now before it's too late!", ''],
  ['pushy.buy-now', 'Stop scrolling and order yours right now.', 'You can order yours.'],
  ['pushy.buy-now', 'Shop now at kitsy.co/sale', 'You can shop at kitsy.co/sale'],
  ['pushy.buy-now', 'Upgrade now.', "Upgrade when you're ready."],
  ['pushy.buy-now', 'Hurry, grab yours today!', 'You can get yours today.'],
  ['pushy.urgency', 'Today only: 40% off all rugs', '40% off all rugs today.'],
  ['pushy.buy-now', 'Prices go back up on Sunday 12 May, so grab yours while you still can.', 'Prices go back up on Sunday 12 May.'],
  ['pushy.shouting', 'HUGE SAVINGS ON EVERYTHING!!!', 'Huge savings on everything.'],
  ['pushy.urgency', 'Early-bird pricing ends on Friday 3 May. The clock is ticking.', 'Early-bird pricing ends on Friday 3 May.'],
  ['impersonal.passive', 'It has been determined that the booking is ineligible for amendment.', "We've determined that the booking is ineligible for amendment."],
  ['impersonal.third-person-reader', 'Members who renew early get a bonus month.', 'If you renew early, you get a bonus month.'],
  ['impersonal.third-person-reader', 'Parents wishing to enrol should complete the attached form.', 'To enrol, please complete the attached form.'],
  ['pushy.confirm-shaming', "Cancel anyway (I don't care about my progress)", 'Cancel anyway'],
  ['pushy.confirm-shaming', "I'd rather stay uninformed — unsubscribe me.", 'Unsubscribe.'],
  ['pushy.confirm-shaming', 'Downgrade anyway — I enjoy doing payroll by hand', 'Downgrade'],
  ['impersonal.third-person-reader', 'Guests wishing to check out late are asked to speak to reception by 9am.', 'To check out late, please speak to reception by 9am.'],
  ['impersonal.third-person-reader', 'Members wishing to bring a guest can book an extra place online.', 'If you wish to bring a guest, you can book an extra place online.'],
  // Words before the clause's verb belong to the clause ("who no longer wish…", once "You who no longer wish…").
  ['impersonal.third-person-reader', 'Recipients who no longer wish to receive these emails may unsubscribe below.', 'If you no longer wish to receive these emails, you may unsubscribe below.'],
  ['impersonal.third-person-reader', 'Members who sign up before May get a free month.', 'If you sign up before May, you get a free month.'],
  ['pushy.buy-now', 'Order now and save.', 'Order and save.'],
  ['pushy.scarcity', 'These boots are selling fast.', 'These boots are selling well.'],
  ['pushy.scarcity', 'Only 3 left in stock!', 'We have 3 left in stock.'],
  ['pushy.fomo', 'Everyone is switching to our app.', 'Many people are switching to our app.'],
  ['pushy.confirm-shaming', "No thanks, I don't like saving money.", 'No, thanks.'],
  ['pushy.confirm-shaming', 'I don’t want to grow my business.', 'No, thanks.'],
  ['impersonal.corporatese', 'Free setup is a value-add for new clients.', 'Free setup is an extra for new clients.'],
  ['pushy.urgency', 'A once in a lifetime opportunity awaits.', 'An opportunity awaits.'],
  ['pushy.hype', 'Our revolutionary serum erases wrinkles.', 'Our new serum erases wrinkles.'],
  ['pushy.assumptive-close', "When you buy the course, you'll get lifetime access.", "If you buy the course, you'll get lifetime access."],
  ['pushy.assumptive-close', 'Which colour will you choose?', 'Which colour do you prefer?'],
  ['pushy.manufactured-need', 'Can you really afford to ignore your retirement?', ''],
  ['pushy.shouting', 'HUGE SAVINGS on every plan.', 'Huge savings on every plan.'],
  ['pushy.exclamations', 'Our biggest sale ever!!!', 'Our biggest sale ever.'],
  ['pushy.urgency', "Don't wait: the spring menu at Casa Verde starts on 4 May.", 'The spring menu at Casa Verde starts on 4 May.'],
  ['pushy.scarcity', 'Seats are disappearing fast: fewer than 20 remain for the Leeds workshop on 9 March.', 'Fewer than 20 remain for the Leeds workshop on 9 March.'],
  ['impersonal.passive', 'Delegates are reminded that parking is limited.', 'Parking is limited.'],
  ['impersonal.passive', 'Your refund request has been noted and will be looked into.', "We've noted your refund request and we'll look into it."],
  ['impersonal.passive', 'Ur order has been dispatched.', "We've sent your order."],
  ['impersonal.passive', 'Late submissions will not be marked and extensions will only be granted in exceptional circumstances.', "Late submissions will not be marked and we'll only grant extensions in exceptional circumstances."],
  ['pushy.exclamations', 'TACO TUESDAY IS BACK!!!!!', 'Taco Tuesday is back.'],
  ['pushy.urgency', 'FINAL HOURS!!! Everything is 50% off.', 'Everything is 50% off.'],
  ['pushy.shaming', "True patriots don't sit on the sidelines. Chip in $25 by Friday.", 'Chip in $25 by Friday.'],
  ['pushy.scarcity', "Only 3 left in stock — and they're going fast!", 'We have 3 left in stock.'],
  ['pushy.buy-now', 'Download now and start saving instantly!', 'You can download and start saving instantly.'],
  ['impersonal.passive', 'The withdrawal is being processed and will be completed once verification has been carried out.', "We're processing the withdrawal and we'll complete it once we've carried out verification."],
  ['impersonal.third-person-reader', 'Guests who purchase two or more items receive a complimentary tote.', 'If you purchase two or more items, you receive a complimentary tote.'],
];

describe('sentence rewrite titles', () => {
  it('show merge tags, links and link text as the reader sees them, not masked', () => {
    const titles = lint('Hi {{first_name}}, act now and save **30%** on [every planter](https://x.example/p) at kitsy.co/sale.', { kind: 'markdown' })
      .flatMap((f) => f.suggestions)
      .filter((s) => s.kind === 'sentence')
      .map((s) => s.title);
    assert.ok(titles.length > 0);
    for (const title of titles) assert.match(title, /\{\{first_name\}\}/, title);
    assert.ok(titles.includes('Rewrite: “Hi {{first_name}}, save 30% on every planter at…”'), titles.join(' | '));
  });
});

/** The sentences of `text` that a sentence rewrite would remove. */
function removedSentences(text: string): string[] {
  const removals = lint(text, { kind: 'markdown' }).flatMap((f) => f.suggestions).filter((s) => s.kind === 'sentence' && s.replacement === '');
  return removals.map((s) => text.slice(s.offset, s.offset + s.length));
}

describe('removing a sentence of pure pressure', () => {
  // Only beside a sentence that carries the facts, is no question, and stands on its own.
  for (const text of [
    'Amateurs book flights without price alerts. Pros use Skyfare.',
    'Your phone is begging for a clean-up. Speed it up with TidyDroid.',
    'Hackers are probing your network right now. Are you really going to wait until Monday?',
  ]) {
    it(`is not offered: ${text}`, () => assert.deepEqual(removedSentences(text), []));
  }
});

describe('fix-all', () => {
  it('removes side-by-side sentences that are only pressure, and keeps the ask they pressed', () => {
    // Cutting a donation ask left the scare without its purpose (graded BAD three times in batch zo).
    // "Decide today." names no offer for its day: it goes with the clock before it.
    for (const [text, after] of [['Give now. Right now, before you scroll past this.', 'Give now.'], ['Donate now. Not later. Now.', 'Donate now.'], ['Time is running out to join the Bookbinding Foundations cohort. Decide today.', 'Join the Bookbinding Foundations cohort.']]) {
      assert.equal(fixAll(text), after, text);
    }
  });
});

describe('a push never takes a name with it', () => {
  for (const text of [
    'Every month without ComplyHarbor is money you’ll never see again.',
    'You’ll regret not bidding when the cottage goes to someone else.',
    // Nor is a jab turned on the reader, or research given "we" as its doer.
    'Members who give up in January simply aren’t cut out for climbing.',
    'Gum disease has been linked to heart attacks.',
  ]) {
    it(`offers nothing that loses a name or breaks the sentence: ${text}`, () => {
      const rewrites = lint(text, { kind: 'markdown' }).flatMap((f) => f.suggestions).filter((s) => s.kind === 'sentence');
      assert.deepEqual(rewrites.map((s) => s.replacement), []);
    });
  }
});

describe('cutting a slogan that only jabs', () => {
  // Alone in its paragraph, with no fact, offer or message beside the jab: a copywriter cuts it.
  // A paragraph of nothing but jabs goes whole, as a copywriter would cut it: removing one would leave the other behind.
  it('is offered for every sentence of a paragraph that only jabs', () => {
    const text = 'We counted on you last year. Please don’t let the lifeboat crew down now.';
    assert.deepEqual(removedSentences(text).map((s) => s.trim()), ['We counted on you last year.', 'Please don’t let the lifeboat crew down now.']);
  });
  for (const text of ['Serious runners don’t train in cheap shoes.', 'We thought you cared about the planet.', 'One burst pipe and your savings are gone.']) {
    it(`is offered: ${text}`, () => {
      const removals = lint(text, { kind: 'markdown' }).flatMap((f) => f.suggestions).filter((s) => s.kind === 'sentence' && s.replacement === '' && s.preferred);
      assert.equal(removals.length > 0, true);
    });
  }
  // A cause, a product, a number or a way to act is a message: it stays for the writer to reword.
  for (const text of [
    'Without your gift, the last refuge for these otters could be bulldozed by spring.',
    'After everything we’ve done for you, a reply is the least you can do.',
    'Only 3 of your neighbours still haven’t insulated their lofts.',
  ]) {
    it(`is not offered: ${text}`, () => assert.deepEqual(removedSentences(text), []));
  }
});

describe('sentence rewrites: before → after', () => {
  for (const [rule, before, after] of PAIRS) {
    it(`${rule}: ${before}`, () => {
      assert.ok(lint(before, { kind: 'markdown' }).some((f) => f.rule === rule), `${rule} flags it`);
      assert.equal(oneClick(before), after);
      assert.deepEqual(lint(after, { kind: 'markdown' }).map((f) => f.rule), [], 'the rewrite is clean');
    });
  }

  // Each of these once came out broken on first-sight copy (batch 2026-11-30c): better no rewrite than that.
  for (const before of ['Once the trial ends, the account owner will be billed automatically.', 'The programme upskills learners on core competencies to future-proof their personal value proposition.']) {
    it(`offers no broken rewrite: ${before}`, () => {
      const offered = lint(before, { kind: 'markdown' }).flatMap((f) => f.suggestions).filter((s) => s.kind === 'sentence');
      for (const s of offered) assert.ok(!/we['’]ll bill the trial|personal what you get/.test(applySuggestion(before, s)), applySuggestion(before, s));
    });
  }

  // And these on batch 2026-11-30d: a second participle left without its "we", a sentence left without a
  // finite verb, a slogan that stays a slogan, an object left at the front, a command kept as the "information".
  for (const before of [
    'Unpaid reservations will be forfeited and released without further notice if payment is not received by 5pm today.',
    'Your competitors are already using AI to write their outreach.',
    'The premier destination for global wealth.',
    "You'll regret it forever if you miss the Dyson V15 at $449.",
    "The smart money is already piling into $SOLX — don't get left on the sidelines.",
    // From batch 2026-11-30e: an award given by someone else, a second verb the new "we" would take over, and a
    // question's options. (Its relative clause on "you" is now an "if": see the pairs above.)
    'Ironbark Gym has been voted Best Gym in Denver four years in a row.',
    'Changes to bookings may be made subject to availability and will be subject to applicable fees.',
    'Which colour shall we send, {{first_name}}: sage or charcoal?',
    // From batch 2026-11-30o: a verb left without what completed it ("Retrain now or get.").
    'Retrain now or get left behind.',
    // From batch 2026-11-30q: an apology is owed, not cut as a stock line.
    'We regret any inconvenience this may have caused.',
    // From batches 2026-12-02a and b: a condition left without its main clause, a chant said quietly, "will be gone"
    // read as a passive of "go", and jargon with only "going forward" changed.
    "If you don't list this spring, you're leaving thousands on the table.",
    'BOOK BOOK BOOK!!!',
    "If this bill passes, your town's school music program will be gone by September.",
    "Going forward, we'll be socialising key learnings via this touchpoint.",
    // A regret tied to something that is no term of the offer, and a shaming line in the perfect tense.
    "You'll kick yourself when the Fellside photos go up and you weren't there.",
    "If you actually cared about your kid's maths, you'd have enrolled them in Mathsprout already.",
    // From batches 2026-12-02d and e: a comma left before the stop, a modal left with a number, a contract's verb as a request.
    'Let your membership lapse and your priority booking, and your favourite seat, are gone for good.',
    'This course will 100% change your life.',
    'Licensee shall procure that its Authorised Users comply with the Acceptable Use Policy set out herein.',
    // From batch 2026-12-02g: a clause cut to its subject, a future after "after", a passive left beside the new "you",
    // a price rise dropped with the push.
    "Demand for TallyChain's expert review is so high that the waitlist could close any day now.",
    "FINAL NOTICE: your pet's cover lapses tonight and anything diagnosed after that will be excluded unless you act now.",
    'Ticket exchanges may be requested but cannot be guaranteed.',
    'Join now before prices rise!',
  ]) {
    it(`offers no sentence rewrite: ${before}`, () => {
      const offered = lint(before, { kind: 'markdown' }).flatMap((f) => f.suggestions).filter((s) => s.kind === 'sentence');
      assert.deepEqual(offered.map((s) => applySuggestion(before, s)), []);
    });
  }
  // Batch 2026-12-01 (after its first sight): a challenge cut with the claim's rewrite or on its own when nothing
  // else pushes, a shouted paragraph said in a normal voice as a whole, the reader a frame found as its subject,
  // text-speak spelled out, a stranded preposition kept with its verb.
  it('cuts a challenge beside the message, calms a shouted paragraph, and finds the reader a frame covered', () => {
    for (const [before, after] of [
      ['Renew by Friday. No excuses.', 'Renew by Friday.'],
      ['The best coffee you will ever taste. Guaranteed.', 'The best coffee you will ever taste. Guaranteed.'],
      ['WE ARE $12,000 SHORT. THIS IS NOT A DRILL. CHIP IN NOW!!!', 'We are $12,000 short. This is not a drill. You can chip in.'],
      ['Recipients of this newsletter may update their preferences at any time.', 'You may update your preferences at any time.'],
      ['Members of the club can book courts online.', 'As a member of the club, you can book courts online.'],
      ['Customers who ordered a grow kit can now track their delivery in the app.', 'If you ordered a grow kit, you can now track your delivery in the app.'],
      // ("dont miss out" is "don't miss out": cut alone it would leave the bandwagon, so nothing is offered, as for the apostrophe.)
      ['ur mates r all going 2 the beach party, dont miss out!!', 'ur mates r all going 2 the beach party, dont miss out!!'],
      // Batch 2026-12-02g: the clock at the end of an order goes, the alarm an opening cut left goes with it, rivals
      // who "already switched" become businesses that switched, a requested couple is asked directly.
      ['Reply YES to book your skis this instant.', 'Reply YES to book your skis.'],
      ['Tick tock ⏰ your Powder Hound deal disappears at midnight', 'Your Powder Hound deal runs until midnight'],
      ["Your competitors already switched to PayLoom. What's stopping you?", 'Many businesses switched to PayLoom.'],
      ['Couples are requested to confirm their final shot list two weeks prior to the event.', 'Please confirm your final shot list two weeks before the event.'],
      ["We noticed you haven't opened the app in a week. Your streak misses you 😢", "We noticed you haven't opened the app in a week. Your streak misses you 😢"],
      // Batch 2026-12-02h: a tag that only presses goes with the rewrite beside it, "may" stays a possibility, the
      // pronoun follows its noun into the plural, and a crowd heading to a place is no event of ours.
      ["Everyone's talking about the new hazy IPA. Don't be the only one who hasn't tried it.", "The new hazy IPA is here, if you'd like to try it."],
      ['Presale for Millrace Oktoberfest closes soon. Like, really soon. Move fast.', 'Presale for Millrace Oktoberfest closes soon.'],
      ["Book your table. Right now. Go on, we'll wait.", 'Book your table.'],
      ['Failure to act on this notice may result in your mortgage offer being withdrawn.', "If you don't act on this notice, we may withdraw your mortgage offer."],
      ["Every other household on Millbrook Road has pledged its support. Will yours be the one that didn't?", 'Households on Millbrook Road have pledged their support.'],
      ["Everyone's heading to Porto this autumn, don't be the one stuck at home scrolling through their photos.", "Everyone's heading to Porto this autumn, don't be the one stuck at home scrolling through their photos."],
    ]) assert.equal(fixAll(before), after, before);
    assert.ok(!/dispose remaining jars of/.test(fixAll('Remaining jars will be disposed of.')));
    assert.ok(!/^Still stuck/.test(fixAll('Everyone’s switching to Taskloom. Don’t be the last team still stuck in spreadsheets.').split('. ')[1] ?? ''));
  });

  // Batches 2026-12-01b and c (after their first sight): a sentence is not cut while the one beside it still
  // pushes with nothing to stand on; a button's word stays; decisions taken for the reader become questions with
  // what to bring kept; misspellings are not carried into a rewrite; "may wish to" is not "can wish to".
  it('leaves no jab standing alone, keeps the button, asks instead of booking, and spells the rewrite right', () => {
    for (const [before, after] of [
      ['Seats are almost gone. Grab yours before someone else does.', 'Seats are almost gone. Grab yours before someone else does.'],
      ['Thousands of Londoners have already grabbed their tickets. Will you be the one left out?', 'Thousands of Londoners have already grabbed their tickets.'],
      ['WE NEED YOU. RIGHT NOW. CHIP IN FOR ADA!!!', 'We need you. Chip in for ADA.'],
      ['Skip — I’m happy getting out of breath on the stairs', 'Skip for now'],
      ['I’ve pencilled you in for Tuesday at 10, just bring the accordion.', 'Would Tuesday at 10 work for you? If so, just bring the accordion.'],
      ['I’ve arranged a second viewing for you and your partner on Saturday at 11.', 'Would a second viewing on Saturday at 11 work for you and your partner?'],
      ['So, shall I put you down for £50 a month or £100?', 'Would £50 a month or £100 suit you?'],
      ['Your donation has been recieved and will be allocated where it is deemed most needed.', 'We’ve received your donation and we’ll allocate it where it’s deemed most needed.'.replace(/’/g, "'")],
      ['Travellers seeking a quieter experience may wish to consider the midweek sailings.', 'If you’re looking for a quieter experience, you might like to consider the midweek sailings.'.replace(/’/g, "'")],
      ['Your piano is crying out for a tune. You just can’t hear it.', 'If you’d like a tune for your piano, we can help.'],
      ['Subscribers who cancel keep access until the end of their billing cycle.', 'If you cancel, you keep access until the end of your billing cycle.'],
      ['The premier destination for discerning lighthouse connoisseurs.', 'The premier destination for discerning lighthouse connoisseurs.'],
      ['Your call is important to us; please hold and an agent will be with you shortly.', 'Your call is important to us; please hold and an agent will be with you shortly.'],
    ]) assert.equal(fixAll(before), after, before);
    // (From batch 2026-12-01e, after its first sight, the last four above: the main verb right after the clause's own;
    // a crowd is no field to specialise in, and neither is a voice; a stock line that repeats the rest; a shout copied
    // into a rewrite is lowered.)
    assert.equal(fixAll('The nation’s leading voice for freedom needs you to chip in before midnight.').startsWith('Specialists'), false);
    assert.ok(!/YOUR/.test(fixAll('YOUR ACCOUNT HAS BEEN FLAGGED!!! IMMEDIATE ACTION IS REQUIRED!!!').split('.')[0]));
  });

  it('keeps merge tags, links, bold, entities and line endings exactly', () => {
    assert.equal(oneClick('Hi {{first_name}}, act now and save **30%** on [every planter](https://x.example/p?a=1)!'), 'Hi {{first_name}}, save **30%** on [every planter](https://x.example/p?a=1).');
    assert.equal(oneClick('Hi *|FNAME|*,\r\nCustomers can download their invoices.\r\n', 'plaintext'), 'Hi *|FNAME|*,\r\nYou can download your invoices.\r\n');
    assert.equal(oneClick('<p>Customers can see <b>their</b> orders &amp; invoices.</p>', 'html'), '<p>You can see <b>your</b> orders &amp; invoices.</p>');
  });

  it('offers no sentence rewrite that would have to change markup', () => {
    // "Customers" is split by emphasis: the swap cannot be made without touching the ** markers.
    const text = 'Cust**omers** can download their invoices.';
    for (const f of lint(text, { kind: 'markdown' })) for (const s of f.suggestions) assert.ok(s.kind !== 'sentence' || applySuggestion(text, s).includes('**'));
  });

  it('marks exactly one preferred fix per finding, a sentence rewrite when there is one', () => {
    for (const [, before] of PAIRS) {
      for (const f of lint(before, { kind: 'markdown' })) {
        assert.equal(f.suggestions.filter((s) => s.preferred).length, f.suggestions.length ? 1 : 0);
        const rewrite = f.suggestions.findIndex((s) => s.kind === 'sentence');
        if (rewrite >= 0) assert.ok(f.suggestions[rewrite].preferred && rewrite === 0, 'the rewrite comes first and is preferred');
      }
    }
  });
});

describe('sentence rewrites: property over every shipped example', function () {
  this.timeout(120000);
  const examples = [...new Set(rules.flatMap((r) => [...r.examples.flags, ...(r.lists ?? []).flatMap((l) => l.entries.map((e) => e.example))]))];
  it(`every offered rewrite of ${examples.length} examples changes only its sentence, re-lints clean and keeps protected tokens`, () => {
    let offered = 0;
    for (const text of examples) {
      const findings: Finding[] = lint(text, { kind: 'markdown' });
      for (const s of findings.flatMap((f) => f.suggestions).filter((s) => s.kind === 'sentence')) {
        offered++;
        const fixed = applySuggestion(text, s);
        assert.equal(fixed.slice(0, s.offset), text.slice(0, s.offset));
        assert.equal(fixed.slice(s.offset + s.replacement.length), text.slice(s.offset + s.length));
        const inside = lint(fixed, { kind: 'markdown' }).filter((f) => f.offset < s.offset + s.replacement.length && s.offset < f.offset + f.length);
        assert.deepEqual(inside.map((f) => `${f.rule} “${f.text}”`), [], `“${text}” → “${fixed}”`);
        const kept = protectedTokens(s.replacement);
        // A removal also takes the space before its sentence: the sentence's first word is not a name for that.
        const replaced = text.slice(s.offset, s.offset + s.length);
        const lead = replaced.length - replaced.trimStart().length;
        const flagged = findings.filter((f) => f.offset >= s.offset && f.offset + f.length <= s.offset + s.length).map((f) => ({ start: f.offset - s.offset - lead, end: f.offset - s.offset - lead + f.length }));
        // A sentence removed whole is judged as the safety net judges it ("Decide today." holds no offer for its day).
        for (const token of (s.replacement.trim() === '' ? protectedInRemoved : protectedTokens)(replaced.trim(), flagged)) {
          const at = kept.indexOf(token);
          assert.ok(at >= 0, `“${token}” lost in “${fixed}”`);
          kept.splice(at, 1);
        }
      }
    }
    assert.ok(offered > examples.length / 2, `only ${offered} rewrites offered`);
  });
});

describe('rewrites never offer a broken sentence', () => {
  const offered = (text: string) => lint(text, { kind: 'plaintext' }).flatMap((f) => f.suggestions.filter((s) => s.kind === 'sentence').map((s) => s.replacement));
  it('never empties a list item or a quoted line', () => {
    for (const text of ['Our spring range:\n\n- Hurry, only a few terracotta sets are left\n- Glazed pots from £12\n', '> Hurry, only a few terracotta sets are left\n']) {
      const removals = lint(text, { kind: 'markdown' }).flatMap((f) => f.suggestions).filter((s) => s.kind === 'sentence' && s.replacement === '');
      for (const s of removals) assert.doesNotMatch(applySuggestion(text, s), /^\s*(?:-|>)\s*$/m, text);
    }
  });
  it('leaves no relative clause without its noun', () => {
    assert.ok(offered("Everyone on this list is already using the new template. Don't be the only one who hasn't opened it.").every((r) => !/^Who\b/.test(r)));
  });
  it('keeps a question the next sentence answers', () => {
    assert.ok(!offered("When the next crash hits, will your pension survive? Most won't. Speak to Granary Wealth on 020 7946 0123.").includes(''));
  });
  it('keeps the condition a consequence depends on, and the reader as the one who loses', () => {
    assert.deepEqual(offered("Don't renew and three years of loyalty discounts vanish overnight."), []);
    assert.ok(offered('We have cancelled your subscription. Any remaining credit will be forfeited.').every((r) => !/we(?:'ve| have| will|'ll) forfeit/i.test(r)));
  });
  it('keeps the request pressure wrapped, the sale, a span of time, and a challenge beside a comparison it would leave', () => {
    assert.deepEqual(offered('Our sweeps drove all the way out to you last year, so the least you could do is rebook.'), []);
    assert.ok(offered('🚨🚨 FLASH SALE STARTS NOW 🚨🚨').every((r) => /sale/i.test(r)));
    assert.ok(!offered('Without you, the lighthouse could crumble into the sea within a year.').includes(''));
    // The comparison said plainly comes with its challenge cut ("People on Elm Street have chipped in for Maria."), never beside it.
    assert.ok(offered('Your neighbours on Elm Street have already chipped in for Maria. Will you match them?').every((r) => !/^People on Elm Street/.test(r) || !/match them/.test(r)));
    assert.ok(offered('Your neighbours on Elm Street have already chipped in for Maria. Will you match them?').includes('People on Elm Street have chipped in for Maria.'));
    assert.ok(offered('Most of your classmates have already signed up for Level 2 Spanish. Don’t get left behind!').every((r) => !/^Most people\b/.test(r)));
    assert.ok(offered('Don’t be the only family on the canal without a Narrowlane boat this August.').every((r) => !/^Family\b/.test(r)));
    assert.deepEqual(offered('members who skip winter sessions always regret it come spring'), []);
    assert.ok(offered('Tick&Tarry: winter clock service price ends tonite. Reply BOOK before it’s gone').every((r) => r.includes('Tick&Tarry')));
    assert.ok(offered('The globally acclaimed Lamproom experience waits for no one: book now or regret it.').every((r) => !/: regret it/.test(r)));
    assert.deepEqual(offered('Your lighthouse week is reserved; we’ll just need your card to finalise it.'), []);
    assert.deepEqual(offered('Skip this week and you’ll undo all the progress you’ve made.'), []);
    assert.ok(offered('Hivecount is the single most revolutionary thing to happen to beekeeping in a century.').every((r) => !/most new/.test(r)));
    assert.ok(offered('Operationalise your prop sourcing today: sign and return the attached SOW now.').every((r) => /sign/i.test(r)));
    assert.ok(offered('Non-payment of the balance by 9 a.m. Monday will result in forfeiture of your reserved place.').length > 0);
    // An object read as a command only because it now stands first; a reason with no main clause; a passive request.
    assert.ok(!offered('Every day you wait, your cash loses value for good.').includes('Value for good.'));
    assert.ok(offered('Act now, as availability will be allocated strictly on a first-come basis.').every((r) => !/^As\b/.test(r)));
    assert.ok(offered('Subscribe now. The Subscriber shall be billed forthwith.').every((r) => !/please be billed/i.test(r)));
    // A participle after a preposition is no verb ("You £240 in wasted energy."); a gerund's passive after "before" is broken.
    assert.ok(!offered('Every month you delay costs you £240 in wasted energy.').some((r) => /^You £240/.test(r)));
    assert.ok(offered('Your bow has been received and will be assessed prior to rehairing being scheduled.').every((r) => !/before rehairing being/.test(r)));
    // The people "them" meant went with the cut; a bare "Please don't hesitate." is no sentence to leave.
    assert.ok(offered('Donors who haven’t renewed are reminded that children are depending on them.').every((r) => !/^Children are depending on them/.test(r)));
    assert.ok(offered('Please do not hesitate — enrol now.').every((r) => !/^Please don['’]t hesitate\.$/.test(r)));
    // A slogan that names our product goes only with the product: it stays for the writer.
    assert.ok(!offered('You can’t travel properly without our premium lounge pass.').includes(''));
    assert.ok(!offered('Time is running out on our hedge-maze design consultations. Reply today, not tomorrow.').includes(''));
    // "Prices go up next year" is a fact, not only the regret around it.
    assert.ok(!offered('Don’t come crying to us when prices go up next year.').includes(''));

  });
  it('keeps a product the reader was told they need, a subject, and a main clause', () => {
    assert.deepEqual(offered("Your baby needs organic bamboo nappies; standard cotton just isn't enough for delicate skin."), []);
    assert.ok(offered("Everybody who's anybody is spending this autumn foraging the Wye Valley with Hedgerow & Hand.").every((r) => !/^Is\b/.test(r)));
    assert.ok(offered("You'll kick yourself next spring if you don't list your cottage with us now.").every((r) => !/^Next spring if\b/.test(r)));
    assert.ok(offered('Hold off another year and that\'s thousands more thrown away on rent.').every((r) => !/^That's\b/.test(r)));
    assert.ok(offered('Changes to the tasting menu have been made and are reflected below.').every((r) => !/and are reflected/.test(r)));
    assert.ok(offered('Cantle & Co — the global benchmark in equestrian excellence.').every((r) => !/in equestrian\.$/.test(r)));
    assert.ok(offered("Call me back today and let's get your repair contract signed.").every((r) => !/^You can call\b/.test(r)));
  });
  it('never offers a bare "You can book." or a possessive left where its verb was', () => {
    assert.ok(offered('£9 Returns to York. Book now!').every((r) => !/^You can book\.$/.test(r)));
    assert.ok(offered('Stop scrolling and order yours right now.').every((r) => !/^Yours\b/.test(r)));
  });
  it('never ends a condition on an auxiliary the tagger split from its verb', () => {
    assert.ok(offered('Residents who have not yet registered for the garden waste service risk missing a collection.').every((r) => !/\byet, you\b/.test(r)));
  });
  it('never leaves a bracket open or a modal before an agreeing verb', () => {
    for (const text of [
      'Parents wishing to enrol their child in Saturday Coding Club (£60 per term) must return the form by 15 September.',
      'Continued use of the Service after 1 March 2025 shall constitute acceptance of the revised pricing of £15 per seat.',
    ]) {
      for (const r of offered(text)) {
        assert.equal((r.match(/\(/g) ?? []).length, (r.match(/\)/g) ?? []).length, r);
        assert.doesNotMatch(r, /\bshall means\b/, r);
      }
    }
  });
});

describe('fix-all, batch 2026-12-03k and the development batches before it', () => {
  it('mends what the blind grades found broken, and leaves alone what it cannot mend', () => {
    for (const [before, after] of [
      // A doer named after the passive becomes its subject; "we" would say we did it.
      ['Changes have been applied by an administrator.', 'An administrator has applied changes.'],
      // "once made" between commas is no subject: the verb agrees with "purchases".
      ['In-app purchases, once made, shall be non-refundable.', 'In-app purchases, once made, are non-refundable.'],
      // A push after the facts goes with the rewrite beside it, said to the reader or not.
      ['Tidewater: just 6 tables left for Oyster Sunday 6/14. grab one while they last', 'Tidewater: we have 6 tables left for Oyster Sunday 6/14.'],
      ['Call 0117 496 0312 now and book the groom. Pick up the phone!', 'You can call 0117 496 0312 and book the groom.'],
      ['We have 2 cabins left on this sailing. Secure yours before someone else does.', 'We have 2 cabins left on this sailing.'],
      ['We put our hearts into every loaf and you haven\'t been in for six weeks. Don\'t you miss us?', 'We put our hearts into every loaf.'],
      // A chant beside the message goes; one after it in the same sentence goes too.
      ['SALE SALE SALE!!! 40% OFF EVERY SKEIN!!!', '40% off every skein.'],
      ['NEW MUSHROOM KITS JUST DROPPED 🍄🍄🍄 GO GO GO!!!', 'New mushroom kits just dropped 🍄🍄🍄.'],
      // "Stop scrolling and book…" keeps the booking; cutting the command would leave its object to open the sentence.
      ['Stop scrolling and book the Kayak & Seal Safari now: £55pp, saltmarshkayaks.co.uk/seals.', 'You can book the Kayak & Seal Safari now: £55pp, saltmarshkayaks.co.uk/seals.'],
      ['Pick up the phone and call us now on 0114 496 0723 to get your valuation booked.', 'You can call us now on 0114 496 0723 to get your valuation booked.'],
      // The subject of a passive stops at a dash.
      ['Great news — your offer on 9 Oakbrook Road has been received.', "Great news — we've got your offer on 9 Oakbrook Road."],
      // A run of removed sentences at the start of a line takes the space after it too.
      ["Hurry! Don't miss out! We open at 9am on Saturday.", 'We open at 9am on Saturday.'],
      // Nothing safe: left alone rather than "…, book" or "Stroke Rate members don't."
      ['Only lazy people skip leg day. Stroke Rate members don\'t.', 'Only lazy people skip leg day. Stroke Rate members don\'t.'],
    ]) assert.equal(fixAll(before), after, before);
    assert.ok(!/, book$/.test(fixAll("clock's ticking ⏰ 20% off your first kayak trip ends in 3 hrs, book b4 it's too late")));
    // Batch 2026-12-03l: an opt-out line keeps its decline, never its jab; a party named by a contract is "your" in a
    // threat said plainly; "Most do." goes with the need; an award brag is no sales line ("You can see for yourself why…").
    for (const [before, after] of [
      ["I'll pass — I enjoy giving the taxman more than he's owed.", 'No, thanks.'],
      ["Failure to remit the balance by 30 June shall result in forfeiture of the Purchaser's deposit. Act now.", "If you don't remit the balance by 30 June, you'll lose your deposit."],
      ['Your house needs a power flush. Most do.', 'If you’d like a power flush for your house, we can help.'],
      ["Reply YES now to book your Halden Grove tour. Don't think, just reply.", 'You can reply YES to book your Halden Grove tour.'],
      ['By proceeding, you acknowledge receipt of the Quillby Pro terms as set out herein.', "By proceeding, you confirm you've received the Quillby Pro terms as set out here."],
      ['STOP SCROLLING. THIS IS THE ONE.', 'STOP SCROLLING. THIS IS THE ONE.'],
      ['Candidates are reminded that places are strictly limited and allocated on a first-come basis, so apply now.', 'Candidates are reminded that places are strictly limited and allocated on a first-come basis, so apply now.'],
    ]) assert.equal(fixAll(before), after, before);
    // Batch 2026-12-03m: a jab after a decline goes whole; a booking said as a question drops its "Just show up!";
    // "Everyone does now." goes with the need; a place numbered or after "@" keeps its capital in calmed capitals.
    for (const [before, after] of [
      ['Yes, cancel. I enjoy paying full bank fees.', 'Yes, cancel.'],
      ["We've gone ahead and reserved your reformer for Monday 7am. Just show up!", 'Would Monday 7am work for your reformer?'],
      ['You need a crypto wallet. Everyone does now.', 'If you’re looking for a crypto wallet, we can help.'],
      ["OMG TACO TUESDAY IS BACK!!! 🌮🌮🌮 $2 TACOS ALL DAY @ MAMA LUPE'S", "OMG taco Tuesday is back. 🌮🌮🌮 $2 tacos all day @ Mama Lupe's"],
      ["Mama Lupe's LLC reserves the right to refuse service and to vary the menu at its absolute discretion.", "Mama Lupe's LLC may decline service and vary the menu."],
      ['Refund requests will be considered on a case-by-case basis and the outcome communicated in writing.', 'Refund requests will be considered on a case-by-case basis and the outcome communicated in writing.'],
      ["We've already sold 12,000 tickets, our biggest launch ever, and it feels like everyone's coming except you.", "We've already sold 12,000 tickets, our biggest launch ever."],
    ]) assert.equal(fixAll(before), after, before);
    assert.ok(/Ward 4/.test(fixAll('THIS IS URGENT. WE ARE FALLING BEHIND IN WARD 4. PLEASE READ, {{first_name}}.')));
    assert.ok(!/we'll inevitably need/.test(fixAll('Properties left unmaintained will be found to deteriorate rapidly, and costly structural repairs will inevitably be required.')));
    // Batch 2026-12-03n: what "could end any minute now" ends; "Seriously, hit the button." goes with the rewrite
    // before it; "shall not," before an aside is not "Please not,"; a choice said to a name is not garbled.
    for (const [before, after] of [
      ['Night Lantern Market early-bird tickets (£8) could end any minute now. Go, go, go.', 'Night Lantern Market early-bird tickets (£8) may end at short notice.'],
      ['Stop reading this and order your dumplings. Seriously, hit the button.', 'Order your dumplings.'],
      ["Only 3 kayaks left for the 14 June seal trip and they're going quicker than we can count!", 'We have 3 kayaks left for the 14 June seal trip.'],
    ]) assert.equal(fixAll(before), after, before);
    assert.ok(!/^Please not\b/.test(fixAll('The Student shall not, save with the prior written consent of Loomwise, reproduce the Materials.')));
    assert.ok(!/^Both \*\|FNAME/.test(fixAll('Which colour shall we send you, *|FNAME|* — Sage or Ink Blue?')));
    assert.ok(!/see for yourself/.test(fixAll('We’re proud to have been named Best Tea Estate in Assam three years running.')));
    assert.ok(!/interest is through the roof/.test(fixAll('Townhomes at Halden Grove are going fast — only a handful of end units remain and interest is through the roof.').replace(/only a handful/, '')) || /handful/.test(fixAll('Townhomes at Halden Grove are going fast — only a handful of end units remain and interest is through the roof.')));
    assert.ok(!/^Take a look when you're ready/.test(fixAll('ACT NOW: your account will be suspended pending verification.')));
  });
});

/**
 * A batch's regression pairs, from its blind grades: each `before` → its fix-all result (equal when nothing safe is
 * offered); and sentences that must stay clean (names, quoted threats), for the rules and the second opinion alike.
 */
function fixAllCases(batch: string, pairs: ReadonlyArray<readonly [string, string]>, clean: readonly string[] = []): void {
  describe(`fix-all, batch ${batch}`, () => {
    it('mends what the blind grades found broken, and leaves alone what it cannot mend', () => {
      for (const [before, after] of pairs) assert.equal(fixAll(before), after, before);
    });
    if (clean.length)
      it('leaves what is not pressure clean', () => {
        for (const text of clean) assert.deepEqual(lint(text, { kind: 'plaintext' }).map((f) => f.rule), [], text);
      });
  });
}

fixAllCases('2026-12-03p', [
  // A sentence opens after a price too: "£2. Be there.", not "£2. be there.".
  ['FRIDAY. TACOS. £2. BE THERE!!!', 'Friday. Tacos. £2. Be there.'],
  // "the revised terms set out herein" keeps its describing word; "shall not be used" is a rule, not a forecast.
  ['Continued receipt of this newsletter shall constitute acceptance of the revised terms set out herein.', 'Continued receipt of this newsletter means you accept the revised terms.'],
  ['The aforementioned discount is non-exchangeable and shall not be used in conjunction with any other offer.', 'The discount is non-exchangeable and can’t be used in conjunction with any other offer.'],
  // "Yes, that includes you." is the same jab as "That includes you.", and goes with the need.
  ['Every nursing student needs a spaced-repetition app. Yes, that includes you.', 'If you’re looking for a spaced-repetition app, we can help.'],
  // A clock at the end of a command goes; the command and what it names stay.
  ['Add the Brineworks Starter Trio (£19.50) to your basket now. Go on. Do it.', 'Add the Brineworks Starter Trio (£19.50) to your basket.'],
  // A cut between an abbreviation's stop and the sentence's keeps one stop.
  ["Just 2 seats left in Thursday's wheel-throwing class at Kiln & Co., and they never last.", "We have 2 seats left in Thursday's wheel-throwing class at Kiln & Co."],
  ['Priya stayed up until 3am writing to you personally, *|FNAME|*, and you still haven\'t replied. The whole team noticed.', 'Priya stayed up until 3am writing to you personally, *|FNAME|*.'],
  // A fear line before the call to act goes with the clock after it.
  ["Mold spores could be in your lungs right now. Book a damp survey before it's too late.", 'Book a damp survey.'],
  // Nothing safe, so nothing offered: an echo cut alone would leave the claim it echoed; "Don't watch." says nothing;
  // no stock "Take a look when you're ready" for a deadline; no "a cultural event of the decade"; no "…and do it".
  ["Your skin needs this serum. You just don't know it yet.", "Your skin needs this serum. You just don't know it yet."],
  ["The smart money is already piling into Coinhollow's staking pool. Don't watch from the sidelines.", "The smart money is already piling into Coinhollow's staking pool. Don't watch from the sidelines."],
  ["Act now, {{first_name}}: early-bird PulseFest tickets won't make it past the weekend.", "Act now, {{first_name}}: early-bird PulseFest tickets won't make it past the weekend."],
  ['PulseFest is the definitive cultural event of the decade.', 'PulseFest is the definitive cultural event of the decade.'],
  ['Reply YES to order your refill and do it now', 'Reply YES to order your refill and do it now'],
  ["Hackers could be reading your messages right now. Install ShieldVPN before it's too late.", "Hackers could be reading your messages right now. Install ShieldVPN before it's too late."],
]);

fixAllCases('2026-12-03q', [
  // "Kindly note the hours" takes a noun: "Please note…", not "Just so you know the hours".
  ['Kindly note the new opening hours.', 'Please note the new opening hours.'],
  // "shall" said as "will" once the rest of the contract voice has gone too; a headline offer may stand without its verb.
  ['Notwithstanding the foregoing, the trial shall convert to a paid plan upon expiry.', 'Even so, the trial will convert to a paid plan upon expiry.'],
  ['Book now before its too late — return flights to Lisbon from £89 with Aerova.', 'Return flights to Lisbon from £89 with Aerova.'],
  // Nothing safe, so nothing offered: an amount left without its verb; an "either" without its "or"; only "shall" →
  // "will"; a boast left once its "Full stop." goes; "…pitches r."; a loss cut out of a passive.
  ["Every month without solar, you're handing $180 straight to the power company. Forever.", "Every month without solar, you're handing $180 straight to the power company. Forever."],
  ["A year from now your kid will either be coding with Bytesize, or you'll wish they were.", "A year from now your kid will either be coding with Bytesize, or you'll wish they were."],
  ['The establishment shall honour the 2-for-1 offer on Mondays only, subject to availability as determined by management.', 'The establishment shall honour the 2-for-1 offer on Mondays only, subject to availability as determined by management.'],
  ['Crumb & Culture: simply the greatest sourdough you will ever taste. Full stop.', 'Crumb & Culture: simply the greatest sourdough you will ever taste. Full stop.'],
  ['low stock alert: the Fernhill campervan pitches r nearly sold out, dont say we didnt warn u', 'low stock alert: the Fernhill campervan pitches r nearly sold out, dont say we didnt warn u'],
  ['Cancellation requests will be processed and all loyalty credit will be irrevocably forfeited.', 'Cancellation requests will be processed and all loyalty credit will be irrevocably forfeited.'],
]);

fixAllCases('2026-12-03r', [
  // A read is read, one deep-dive is one ("…is here, if you'd like to read it", not "…index funds are here…try them").
  ["Everyone's talking about this week's Tuesday Margin deep-dive on index funds. Don't be the only one who hasn't read it.", "This week's Tuesday Margin close look on index funds is here, if you'd like to read it."],
  // "TODAY!!!" after an offer is when it runs: said quietly, not cut.
  ['INK & ANCHOR: 50% OFF ALL AFTERCARE KITS!!! TODAY!!!', 'Ink & Anchor: 50% off all aftercare kits. Today.'],
  // Nothing safe, so nothing offered: an event is not "here, if you'd like to try it"; no "a most iconic".
  ["Everyone's talking about the Gravelrun lineup — don't be the one watching it on Instagram.", "Everyone's talking about the Gravelrun lineup — don't be the one watching it on Instagram."],
  ["Harbour Lights: the world's most iconic celebration of light, sound and culture.", "Harbour Lights: the world's most iconic celebration of light, sound and culture."],
], [
  "ClauseGuard's Final Warning template helps you record each disciplinary step in line with the ACAS code.",
  "We will never email you saying 'your account will be closed' unless you asked us to close it.",
  'Join us for the Event of the Year awards dinner on 4 May.',
]);

fixAllCases('2026-12-03s', [
  // Both buttons on one line: the yes stays, only the shaming no is said kindly.
  ["Want 15% off your first bag? [Yes please] [No thanks, I'd rather keep paying full price for coffee]", 'Want 15% off your first bag? [Yes please] [No, thanks]'],
  ["Join the 6-week challenge? Yes, let's go / I'll stay unfit, thanks", "Join the 6-week challenge? Yes, let's go / No, thanks"],
  // What the reader "shall receive" is no order ("Please receive…"); what they "shall be entitled to", they can get.
  ['Subscribers shall receive The Sunday Sift on a weekly basis save where otherwise notified.', 'You’ll receive The Sunday Sift on a weekly basis save where otherwise notified.'],
  ['Members shall be entitled to one (1) complimentary guest pass per calendar month.', 'You can get one (1) complimentary guest pass per calendar month.'],
  // "Pick up the phone now!" and "Don't let yours be the house that stands out." go with the rewrite before them.
  ['Call us today on 0800 555 0192 and book your Voltwise survey. Pick up the phone now!', 'You can call us today on 0800 555 0192 and book your Voltwise survey.'],
  ["Your neighbors on Elm Street just had their gutters cleaned by Mossgreen. Don't let yours be the house that stands out.", 'People on Elm Street just had their gutters cleaned by Mossgreen.'],
  // A second passive with its own "will be" stays a clause of its own.
  ['Your cancellation has been noted and the account will be closed at the end of the billing period.', "We've noted your cancellation and the account will be closed at the end of the billing period."],
  // Nothing safe, so nothing offered: a plea that would drop "without refund"; a passive sharing its "will be"
  // ("…and a time slot communicated"); a regret "all over again" made an offer.
  ['Failure to complete payment shall result in the immediate cancellation of the reservation without refund.', 'Failure to complete payment shall result in the immediate cancellation of the reservation without refund.'],
  ['An engineer will be assigned and a time slot communicated once the survey has been approved.', 'An engineer will be assigned and a time slot communicated once the survey has been approved.'],
  ["Miss this and you'll wish you'd bought ETH at $180 all over again. Don't make that mistake twice.", "Miss this and you'll wish you'd bought ETH at $180 all over again. Don't make that mistake twice."],
],
  // A name's own trigger words, after a possessive or in apposition, are its name.
  ["Fenland's Act Now for Nature youth programme runs every Saturday morning at Welney from 3 May.", 'Our new espresso blend, Last Call, is a dark roast with notes of cocoa and sour cherry.'],
);

fixAllCases('2026-12-03t', [
  // Days by their short names, beside each other, are days: "Sat & Sun", not "SAT & sun".
  ['BOTTOMLESS BRUNCH IS BACK!!!!! £25 SAT & SUN!!!', 'Bottomless brunch is back. £25 Sat & Sun.'],
  // A shouted "TODAY ONLY" said quietly is "today"; said in a normal voice, "today only" keeps its "only" (no rewrite).
  ['FREE SHIPPING ON EVERYTHING TODAY ONLY!!!', 'Free shipping on everything today.'],
  ['Kilnworks: wheel-throwing taster £35 today only. book b4 it\'s gone → kiln.works/t', 'Kilnworks: wheel-throwing taster £35 today only. book b4 it\'s gone → kiln.works/t'],
  // "Full stop." only says the claim before it harder: cut alone, it leaves the claim.
  ['You need crypto in your portfolio. Full stop.', 'You need crypto in your portfolio. Full stop.'],
  // A list is not cut by the new subject ("…all playlists, downloads and we'll permanently delete history").
  ['Once your cancellation is processed, all playlists, downloads and history will be permanently deleted.', 'Once your cancellation is processed, all playlists, downloads and history will be permanently deleted.'],
]);

fixAllCases('2026-12-03v', [
  // Text-speak drops the apostrophe of "n't": "Dont wait." is the same push as "Don't wait.", and goes.
  ['Scruff&Suds: 20% off full grooms ends in 3 hrs! Dont wait. Reply STOP to opt out', 'Scruff&Suds: 20% off full grooms lasts for another 3 hrs. Reply STOP to opt out'],
  // The first line's rewrite is the decline: the jab after it goes, not a second "No, thanks.".
  ["Nah, I don't want free shipping. I love paying extra.", 'No, thanks.'],
  // A question tag cut leaves a statement, ending on a full stop.
  ["Biscuit's been waiting 8 weeks for a groom. Poor pup deserves better, don't you think?", "Biscuit's been waiting 8 weeks for a groom. Poor pup deserves better."],
  // "The least you could do is buy us a coffee" keeps its ask, offered.
  ["We've written 212 issues for free. The least you could do is buy us a coffee.", "We've written 212 issues for free. If you'd like to help, you can buy us a coffee."],
  // "Once they fill, the door shuts for good." is scarcity, whole; no "Once they fill." left on its own.
  ['Only 500 allocation slots remain in the $HRBR presale. Once they fill, the door shuts for good.', 'We have 500 allocation slots left in the $HRBR presale.'],
  ['Just 5 memberships remain at founder rates, then the door closes for good.', 'We have 5 memberships left at founder rates.'],
  // Nothing safe, so nothing offered: "DON'T YOU DARE MISS IT" is found now, and a normal voice alone would not mend it.
  ["THE GIG OF THE YEAR!!! DON'T YOU DARE MISS IT!!!", "THE GIG OF THE YEAR!!! DON'T YOU DARE MISS IT!!!"],
], ['The bakery closed its doors for good in 1998.']);

fixAllCases('2026-12-03w', [
  // "The clock is running and we can't wait any longer." is pressure whole beside the deadline, and goes.
  ['We need to hear from you in the next 60 minutes, {{first_name}}. The clock is running and we can\'t wait any longer.', 'We need to hear from you in the next 60 minutes, {{first_name}}.'],
  // Nothing safe, so nothing offered: what the reader would lose ("your Gold status") would go with the passive.
  ['Upon cancellation, your Gold status will be forfeited and all 2,340 points will be permanently erased.', 'Upon cancellation, your Gold status will be forfeited and all 2,340 points will be permanently erased.'],
]);

fixAllCases('2026-12-03x', [
  // Text-speak days are days: "ends 2nite" is a deadline said plainly, never cut ("ends tonite!!" alone stays).
  ['hurry!! 40% off ends 2nite', '40% off lasts until tonight'],
  ['ends tonite!! 30% off every whitening kit at Brightwater, dont sleep on it', 'ends tonite!! 30% off every whitening kit at Brightwater, dont sleep on it'],
  // Nothing safe, so nothing offered: one word before the praise is no field ("specialists in laboratory"); a call
  // to open the app is not cut as pressure; a fear of being priced out is fear.
  ['Southpaw — the world\'s premier destination for combat-sport excellence.', 'Southpaw — the world\'s premier destination for combat-sport excellence.'],
  ['😱 Your 214-day Glyph streak is about to vanish for ever. Open the app now to save it.', '😱 Your 214-day Glyph streak is about to vanish for ever. Open the app now to save it.'],
  ['Rents are about to explode. Buy now or risk being priced out of Bristol for the rest of your life.', 'Rents are about to explode. Buy now or risk being priced out of Bristol for the rest of your life.'],
], ['Rising rents priced many artists out of the old town in the 1990s.']);

fixAllCases('2026-12-03y', [
  // The verb after "and shall" agrees with the first "shall"'s subject ("credits are … and expire").
  ['Class credits shall be non-transferable and shall expire forthwith upon termination of membership.', 'Class credits are non-transferable and expire straight away upon termination of membership.'],
], [
  'He threw the old sofa out of the window in 1998.',
  'Click now shows the menu.',
]);

fixAllCases('2026-12-03z', [
  // Nothing safe, so nothing offered: a form letter's promise to reply is not cut; nor is a passive whose loss
  // ("all saved progress will be permanently deleted") would go with it.
  ['We thank you for your enquiry and will revert at our earliest convenience.', 'We thank you for your enquiry and will revert at our earliest convenience.'],
  ['Your cancellation will be processed, and all saved progress will be permanently deleted and cannot be recovered.', 'Your cancellation will be processed, and all saved progress will be permanently deleted and cannot be recovered.'],
], [
  'The warranty is guaranteed.',
  'We\'re a tiny team, and we\'re sure you want to leave us a review only if you enjoyed it.',
]);
