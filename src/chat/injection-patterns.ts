/**
 * The shapes of an attack on the assistant, as regular expressions over lower-cased, normalised text.
 * Each rule needs a structure (an imperative aimed at the assistant, a request about its own rules,
 * a fake role marker), never one word: "đóng vai trò", "tấn công mạng" or "quên … hướng dẫn" in an
 * ordinary question, or "trợ lý ảo, trí tuệ nhân tạo" in a plan, match nothing.
 */
import { foldDiacritics } from '../text/fold';

export type InjectionRule = 'override' | 'reveal' | 'role_play' | 'marker' | 'forced_claim' | 'fabricate' | 'drop_sources' | 'intrusion';

// Where an imperative starts: a sentence or clause start, a politeness or time word, or the assistant addressed by name.
const IMPERATIVE =
  '(?:^|[.!?;:,\\n"“”(\\-–•]\\s*|\\b(?:hãy|xin hãy|vui lòng|làm ơn|please|now|giờ thì|bây giờ|từ giờ|từ nay|và|rồi|then|and|just|{YOU}(?:\\s+(?:hãy|phải|cần|cứ|nên))?|(?:trợ lý|chatbot|hệ thống|ai|assistant|bot)(?:\\s+ảo)?\\s*(?:ơi\\s*,?|,)\\s*(?:hãy)?)\\s+)';
const OVERRIDE_VERB = '(?:bỏ qua|phớt lờ|lờ đi|quên(?: đi| hết| sạch)?|vứt bỏ|gạt bỏ|(?:đừng|thôi|không cần|khỏi)(?: cần| phải)? (?:tuân theo|tuân thủ|làm theo|nghe theo|chấp hành)|ignore|disregard|forget|override|bypass)';
const RULES_NOUN = '(?:hướng dẫn|chỉ dẫn|chỉ thị|mệnh lệnh|lệnh|quy tắc|nguyên tắc|ràng buộc|giới hạn|thiết lập|cài đặt|vai trò|lời nhắc|prompts?|instructions?|rules|guidelines|constraints|directions|guardrails|restrictions|programming)';
const ALL_OF = '(?:mọi|tất cả(?: các| những)?|toàn bộ(?: các| những)?|hết(?: các| những)?|all(?: the| your| of your)?|any|every|your|previous|prior|above|earlier)';
// What makes the rules the assistant's own: earlier in the chat, set by its makers, addressed to it.
const OWN = '(?:trước(?: đó| đây)?|ở trên|phía trên|bên trên|ban đầu|gốc|đã (?:được )?(?:cho|giao|đặt|nêu|cài)|của (?:{YOU}|em|hệ thống|trợ lý|nhà phát triển|admin)|hệ thống|kiểm duyệt|trợ lý|nữa|above|before|so far)';
const REVEAL_VERB = '(?:in|in ra|hiển thị|tiết lộ|viết ra|viết lại|tóm tắt|cho (?:tôi |mình |em |tao )?(?:xem|biết)|lặp lại|nhắc lại|chép lại|xuất|xuất ra|đưa ra|nói ra|kể|liệt kê|cung cấp|gửi|dán|reveal|print|show(?: me)?|repeat|output|display|tell me|share|list|what (?:are|is|were))';
const REVEAL_OWNER = '(?:của {YOU}|(?:mà |đã |được )*{YOU} (?:được |đã được |đang |phải )?(?:giao|cài|cài đặt|nhận|lập trình|tuân theo|thiết lập|huấn luyện)|ẩn|bí mật|gốc|ban đầu|you (?:were|have been|are) given|you follow)';
const SOURCE_NOUN = '(?:các |những |the |any |your )?(?:tài liệu|nguồn|văn bản|dữ liệu|ngữ cảnh|context|documents?|sources?|passages?|knowledge base)';
const CLAIM_VERB = '(?:trả lời|nói|viết|khẳng định|xác nhận|tuyên bố|thông báo|trả về)';

// Cheap first test on the folded text: a rule runs only when every one of its words is there. Most passages
// carry none of them, so the full patterns (≈10 µs each) run on a handful of sentences, not on every one.
const words = (...alternatives: string[]) => alternatives.map((alternative) => new RegExp(`\\b(?:${alternative})\\b`));
const OVERRIDE_WORDS = 'bo qua|phot lo|lo di|quen|vut bo|gat bo|tuan theo|tuan thu|lam theo|nghe theo|chap hanh|ignore|disregard|forget|override|bypass';
const YOU_WORDS = 'ban|may|you';
const SOURCE_WORDS = 'tai lieu|nguon|van ban|du lieu|ngu canh|context|documents?|sources?|passages?|knowledge base';

const RULES: Array<{ rule: InjectionRule; when: RegExp[]; source: string }> = [
  // An order to set the assistant's earlier rules aside (an override verb, then "all" or "your" and a rules noun).
  { rule: 'override', when: words(OVERRIDE_WORDS), source: `${IMPERATIVE}${OVERRIDE_VERB}\\b[^.!?\\n]{0,30}?\\b(?:${ALL_OF}\\s+(?:[^\\s.!?]+\\s+){0,2}?${RULES_NOUN}|${RULES_NOUN}(?:\\s+[^\\s.!?]+){0,3}?\\s+${OWN})\\b` },
  // "Quên hết những gì ở trên", "ignore everything above": the earlier conversation as a whole set aside.
  { rule: 'override', when: words(OVERRIDE_WORDS), source: `${IMPERATIVE}${OVERRIDE_VERB}\\s+(?:đi\\s+)?(?:tất cả|toàn bộ|hết|mọi thứ|mọi điều|những gì|everything|all|the)(?:\\s+(?:những gì|mọi thứ|điều|các điều))?(?:\\s+(?:đã|được|bạn|{YOU})){0,3}(?:\\s+(?:nói|dặn|giao|yêu cầu|viết|nêu))?\\s+(?:ở trên|phía trên|bên trên|trước đó|trước đây|vừa rồi|above|before|previously said)\\b` },
  { rule: 'override', when: words('tat|vo hieu hoa|go bo|disable|turn off|remove'), source: '\\b(?:tắt|vô hiệu hóa|gỡ bỏ|disable|turn off|remove)\\s+(?:(?:các|mọi|tất cả|your|all|the)\\s+)?(?:bộ lọc|kiểm duyệt|chế độ an toàn|(?:ràng buộc|giới hạn) (?:của {YOU}|an toàn|nội dung)|filters?|safety|guardrails|your restrictions|content policy)\\b' },
  { rule: 'override', when: words('tra loi|answer'), source: '\\btrả lời\\s+(?:mọi|tất cả|bất kỳ|bất cứ)\\s+(?:câu hỏi|thứ|điều|gì)\\b[^.!?\\n]{0,30}?\\b(?:kể cả|bất kể|ngoài phạm vi|không (?:cần )?(?:giới hạn|kiểm duyệt|quan tâm))|\\banswer (?:anything|everything|any question)\\b[^.!?\\n]{0,30}?\\b(?:without|regardless|no matter|even)\\b' },
  { rule: 'reveal', when: words('repeat'), source: '\\brepeat (?:the |all the )?(?:text|words|everything|message) (?:above|before)\\b' },
  { rule: 'reveal', when: words('prompt|system message|developer message|cau lenh|loi nhac|chi dan'), source: '\\b(?:system prompt|system message|developer message|hidden prompt|initial prompt|prompt (?:hệ thống|gốc|ban đầu|ẩn|nội bộ|của {YOU})|(?:câu lệnh|lời nhắc|chỉ dẫn) (?:hệ thống|gốc|ban đầu|ẩn))\\b' },
  { rule: 'reveal', when: words('in|hien thi|tiet lo|viet ra|viet lai|tom tat|cho|lap lai|nhac lai|chep lai|xuat|dua ra|noi ra|ke|liet ke|cung cap|gui|dan|reveal|print|show|repeat|output|display|tell me|share|list|what', 'your|ban|may|you|an|bi mat|goc|ban dau'), source: `\\b${REVEAL_VERB}\\b[^.!?\\n]{0,40}?\\b(?:your\\s+(?:[^\\s.!?]+\\s+)?${RULES_NOUN}|${RULES_NOUN}(?:\\s+[^\\s.!?]+){0,3}?\\s+${REVEAL_OWNER})\\b` },
  // Role play: "đóng vai" (without "trò") or "nhập vai" ordered at the assistant — an actor cast for a role in a
  // citizen's question ("thuê diễn viên nhí đóng vai …") orders nothing.
  { rule: 'role_play', when: words('dong vai|nhap vai'), source: `${IMPERATIVE}(?:đóng|nhập) vai\\b(?!\\s+trò)` },
  { rule: 'role_play', when: words('act|acting|pretend|role|you are now|from now on|imagine|behave'), source: '\\b(?:act|acting) as\\b|\\bpretend\\b|\\brole-?play|\\byou are now\\b|\\bfrom now on\\b|\\bimagine you are\\b|\\bbehave (?:like|as)\\b' },
  { rule: 'role_play', when: words('dong vai tro'), source: '\\b(?:hãy|{YOU}(?: hãy| sẽ| phải)?)\\s+đóng vai trò\\s+(?:là|của|một|như)\\b' },
  { rule: 'role_play', when: words('gia vo|gia bo|gia lam'), source: `${IMPERATIVE}giả (?:vờ|bộ|làm)\\b` },
  { rule: 'role_play', when: words('gio|bay gio|tu nay|tu day|tu luc nay|ke tu', 'ban|may|you|tro ly|chatbot'), source: '\\b(?:từ (?:giờ|bây giờ|nay|đây|lúc này)(?: trở đi)?|kể từ (?:giờ|bây giờ|nay|lúc này)|bây giờ|giờ đây|giờ)\\s*,?\\s*(?:{YOU}|trợ lý|chatbot)\\s+(?:là|sẽ là|hãy là|chính là|không còn là|đóng vai|được phép|được tự do|hãy trả lời|sẽ trả lời|phải trả lời|không bị giới hạn)\\b' },
  { rule: 'role_play', when: words(YOU_WORDS, 'gioi han|kiem duyet|rang buoc|tu do|unrestricted|unfiltered|uncensored|without|no'), source: '\\b{YOU}\\s+(?:bây giờ\\s+)?(?:là|hãy là|sẽ là|trở thành|are|are now|become)\\s+(?:một |1 |an? )?(?:ai|trí tuệ nhân tạo|chatbot|trợ lý|mô hình|hacker|bot|assistant|model|dan)\\b[^.!?\\n]{0,40}?(?:không (?:bị )?(?:giới hạn|kiểm duyệt|ràng buộc)|tự do|unrestricted|unfiltered|uncensored|without (?:any )?(?:limits|restrictions|rules|filters)|no (?:limits|restrictions|rules))' },
  { rule: 'role_play', when: words(YOU_WORDS), source: '\\b{YOU}\\s+(?:bây giờ|từ giờ|từ nay|giờ)\\s+(?:là|sẽ là|hãy là|đóng vai)\\b|\\b(?:hãy tưởng tượng|tưởng tượng rằng|giả sử)\\s+{YOU}\\s+(?:là|đang là)\\b|\\b(?:imagine|suppose) (?:that )?you (?:are|were)\\b' },
  { rule: 'role_play', when: [/\btoi la\b|\bi(?: am|'m)\b/], source: '\\btôi là\\s+(?:admin|quản trị viên|nhà phát triển|developer|lập trình viên|người tạo ra {YOU})(?:\\s+(?:của {YOU}|của hệ thống|hệ thống|của chatbot|của trợ lý))?\\b[^.!?\\n]{0,40}?\\b(?:tắt|mở khóa|bỏ qua|vô hiệu|chuyển sang chế độ|cho (?:tôi )?xem (?:cấu hình|prompt|quy tắc|hướng dẫn))|\\bi(?: am|\'m) (?:your|the) (?:developer|admin|administrator|creator|owner)\\b' },
  { rule: 'role_play', when: words('jailbreak|jailbroken|dan mode|developer mode|god mode|do anything now|che do'), source: '\\b(?:jailbreak|jailbroken|dan mode|developer mode|god mode|do anything now|chế độ (?:nhà phát triển|không giới hạn|developer|dev|god|jailbreak|không kiểm duyệt))\\b' },
  // Fake chat or tool markers planted to look like the system speaking.
  { rule: 'marker', when: [/[<[]/], source: '<\\/?\\s*(?:system|assistant|developer|tool|user|instructions?|prompt|sys|hệ thống)\\b[^>]{0,40}>|<\\|[^|>\\s]{1,30}\\|>|\\[\\/?\\s*(?:system|inst|sys|assistant|developer|tool|hệ thống)(?: message)?\\s*\\]' },
  { rule: 'marker', when: words('system|assistant|developer|tool|sys'), source: '(?:^|\\n)\\s*(?:#{1,6}\\s*|\\*\\*)?(?:system|assistant|developer|tool|sys)(?:\\s+(?:prompt|message|instructions?|note|override))?\\s*\\**\\s*:' },
  { rule: 'marker', when: words('role|system override'), source: '"role"\\s*:\\s*"(?:system|assistant|developer|tool)"|\\bsystem override\\b' },
  { rule: 'marker', when: words('instructions?|end of|begin of'), source: '\\b(?:new|updated|override) (?:system )?instructions?\\s*:|\\b(?:end|begin) of (?:the )?(?:document|context|system prompt|instructions)\\b' },
  { rule: 'marker', when: [/:/, ...words('tro ly|ai|chatbot|mo hinh|llm|assistant|model')], source: '\\b(?:ghi chú|lưu ý|thông điệp|lời nhắn|chỉ thị|note|message|instructions?) (?:cho|gửi|dành cho|to|for) (?:các |the )?(?:trợ lý|ai|chatbot|mô hình|llm|assistant|model|language model)\\b[^:\\n]{0,20}:' },
  // The answer dictated in advance: "hãy trả lời rằng …", "say that …".
  { rule: 'forced_claim', when: words('rang|khang dinh|xac nhan|tuyen bo'), source: `\\b(?:hãy|cứ|chỉ cần|{YOU} (?:hãy|phải|cứ|chỉ cần))\\s+(?:${CLAIM_VERB}\\s+(?:với (?:người dùng|mọi người|tôi)\\s+)?rằng|(?:khẳng định|xác nhận|tuyên bố)\\s+là)\\b` },
  { rule: 'forced_claim', when: words('tro ly|chatbot|mo hinh|assistant|model'), source: `\\b(?:trợ lý|chatbot|mô hình|assistant|model)(?: ảo| ai)?\\s+(?:hãy|phải|cần|luôn|must|should|always)\\s+(?:${CLAIM_VERB}|say|answer|reply|tell)\\s+(?:rằng|là|that)\\b` },
  { rule: 'forced_claim', when: words('say|answer|reply|respond|state|claim'), source: '(?:^|[.!?]\\s*|\\b(?:just|only|always|must|please)\\s+)(?:say|answer|reply|respond|state|claim)\\s+(?:that|with)\\b' },
  { rule: 'fabricate', when: words('bia|bia ra|bia dat|bia them|che ra|che them|nghi ra|nguy tao|lam gia|phia|make up|invent|fabricate|hallucinate'), source: `(?:${IMPERATIVE}|\\b(?:cứ|cứ việc|tự)\\s+)(?:tự\\s+)?(?:bịa|bịa ra|bịa đặt|bịa thêm|chế ra|chế thêm|tự nghĩ ra|ngụy tạo|làm giả|phịa|make up|invent|fabricate|hallucinate)\\b` },
  { rule: 'drop_sources', when: words('dung|thoi|khoi|khong can', SOURCE_WORDS), source: `(?:(?:^|[.!?;,\\n]\\s*)(?:đừng|thôi|khỏi)|\\b(?:hãy|{YOU})\\s+(?:đừng|không cần|khỏi|thôi))\\s+(?:dùng|dựa|dựa vào|dựa trên|căn cứ|căn cứ vào|sử dụng|tham khảo|bám vào|bám theo|trích dẫn|tra cứu)\\s+(?:đến |tới |vào )?${SOURCE_NOUN}\\b` },
  { rule: 'drop_sources', when: words('tra loi|answer', SOURCE_WORDS), source: `\\b(?:trả lời|answer)\\s+(?:mà\\s+)?(?:không|đừng|without)\\s+(?:cần\\s+)?(?:dựa vào|dựa trên|căn cứ vào|dùng|sử dụng|using|relying on|checking)\\s+${SOURCE_NOUN}\\b` },
  { rule: 'drop_sources', when: words("don'?t|do not|stop|never", SOURCE_WORDS), source: `\\b(?:don'?t|do not|stop|never)\\s+(?:use|using|rely on|relying on|cite|citing|consult|look at)\\s+${SOURCE_NOUN}\\b` },
  // Asking about its own rules: "quy tắc của bạn là gì?", "bạn được cài đặt những hướng dẫn nào?".
  { rule: 'reveal', when: words(YOU_WORDS), source: `\\b${RULES_NOUN}(?:\\s+[^\\s.!?]+){0,2}?\\s+của {YOU}\\s+(?:là gì|gồm|có những|thế nào|như thế nào|ra sao)|\\b{YOU}\\s+(?:được|đã được)\\s+(?:lập trình|cài đặt|huấn luyện|thiết lập)\\s+(?:những |các )?(?:quy tắc|hướng dẫn|chỉ dẫn|lệnh|gì|như thế nào|thế nào|ra sao)\\b` },
  { rule: 'override', when: words('tra loi|answer', 'kiem duyet|gioi han|tuan|uncensored|without'), source: '\\b(?:trả lời|answer)\\b[^.!?\\n]{0,40}?\\b(?:không (?:bị )?kiểm duyệt|không (?:có )?giới hạn nào|không cần tuân|uncensored|without (?:any )?(?:restrictions|filters|censorship))' },
  { rule: 'override', when: words('thoat'), source: `${IMPERATIVE}thoát (?:khỏi )?(?:vai|nhân vật)\\b(?!\\s+trò)|\\bthoát (?:khỏi )?(?:vai|vai trò|nhân vật) (?:trợ lý|hiện tại|của {YOU})\\b` },
  { rule: 'role_play', when: words('nhu the|as if|khong con', YOU_WORDS), source: '\\b(?:như thể|as if)\\s+{YOU}\\s+(?:là|đang là|are|were)\\b|\\b{YOU}\\s+không còn là\\b' },
  { rule: 'role_play', when: words(YOU_WORDS, 'chatgpt|gpt|gemini|claude|grok|dan|llama'), source: '\\b{YOU}\\s+(?:là|are|hãy là|bây giờ là)\\s+(?:chatgpt|gpt|gemini|claude|grok|dan|llama)\\b' },
  { rule: 'role_play', when: words('che do|mode'), source: '\\bchế độ dan\\b|\\b{YOU}\\s+(?:đang\\s+)?(?:ở|trong|chuyển sang)\\s+chế độ\\b|\\b(?:maintenance|debug) mode\\b' },
  { rule: 'forced_claim', when: words('moi|every', 'tra loi|answer|response'), source: '\\b(?:mỗi|mọi|every)\\s+(?:câu trả lời|answer|response)(?:\\s+(?:của {YOU}|you give))?\\s+(?:phải|hãy|đều|must|should)\\s+(?:bắt đầu|kết thúc|kèm|chứa|start|end|begin|include)\\b' },
  { rule: 'marker', when: words('lenh|chi thi|thong bao|huong dan|chi dan|quy tac'), source: '(?:^|\\n)\\s*#*\\s*(?:(?:lệnh|chỉ thị|thông báo) (?:quản trị|hệ thống|admin)|(?:hướng dẫn|chỉ dẫn|quy tắc) mới)\\s*#*\\s*:|#{2,}\\s*(?:hướng dẫn|chỉ dẫn|quy tắc) mới|\\blệnh (?:từ|của) (?:quản trị viên|admin|nhà phát triển|hệ thống)\\b' },
  // Addressed by name, the assistant's own limits need no "trước đó": "bạn có thể bỏ qua giới hạn …".
  { rule: 'override', when: words(YOU_WORDS, OVERRIDE_WORDS), source: `\\b{YOU}(?:\\s+(?:hãy|phải|cần|cứ|nên|có thể|thử))?\\s+${OVERRIDE_VERB}\\b[^.!?\\n]{0,20}?\\b(?:quy tắc|nguyên tắc|ràng buộc|giới hạn|thiết lập|chỉ thị|lệnh|vai trò|instructions|rules|guidelines|restrictions|programming)\\b` },
  // A role label that speaks to the assistant, or a made-up exchange between user and assistant.
  { rule: 'marker', when: words('he thong|tro ly|quan tri vien|system'), source: '(?:^|\\n)\\s*\\[?(?:hệ thống|trợ lý|quản trị viên|system)\\]?\\s*:\\s*(?:{YOU}|hãy|từ (?:giờ|nay)|mọi|bỏ qua|quên|được phép)\\b' },
  { rule: 'marker', when: words('nguoi dung|user', 'tro ly|assistant|ai'), source: '(?:^|\\n)\\s*(?:người dùng|user)\\s*:[^\\n]*\\n\\s*(?:trợ lý|assistant|ai)\\s*:' },
  // Asking how to break into a system is no Home Affairs question, whatever its wording.
  { rule: 'intrusion', when: words('xam nhap|hack|be khoa|danh cap|bao mat|tuong lua|chiem quyen|tan cong|dot nhap|crack|break into|steal'), source: '\\b(?:cách|làm sao|làm thế nào|chỉ|dạy|how (?:to|do i|can i))\\s+(?:tôi |mình |em |me )?(?:cách |để |to )?(?:xâm nhập|hack|bẻ khóa|đánh cắp|vượt (?:qua )?(?:bảo mật|tường lửa)|chiếm quyền|tấn công vào|đột nhập|crack|break into|steal)\\b' },
];

// "bạn" is written out in texts with tone marks; only a text typed without them may mean it by "ban" (else the Ban of a plan).
const YOU_TONED = '(?:bạn|mày|you)';
const YOU_BARE = '(?:ban|may|you)';
const LETTER = '[\\p{L}\\p{N}]';
// "\\b" knows only ASCII letters: a word starts where no letter precedes and ends where none follows.
const wordEdge = (rest: string) => (/^(?:\(\?:|\[(?!\^)|\p{L})/u.test(rest) ? `(?<!${LETTER})` : `(?!${LETTER})`);

/** Each marked letter also matches its bare form, so "bo qua huong dan" and "bỏ qua hướng dẫn" meet the same rule. */
function compile(source: string, you: string): RegExp {
  const tolerant = [...source]
    .map((char) => {
      const bare = foldDiacritics(char);
      return bare !== char ? `[${char}${bare}]` : char;
    })
    .join('');
  const expanded = tolerant.replaceAll('{YOU}', you);
  return new RegExp(expanded.replace(/\\b/g, (_edge, offset: number) => wordEdge(expanded.slice(offset + 2))), 'u');
}

export interface CompiledRule {
  rule: InjectionRule;
  /** Tested on the folded text first. */
  when: RegExp[];
  pattern: RegExp;
}

export const TONED_RULES: CompiledRule[] = RULES.map(({ rule, when, source }) => ({ rule, when, pattern: compile(source, YOU_TONED) }));
export const BARE_RULES: CompiledRule[] = RULES.map(({ rule, when, source }) => ({ rule, when, pattern: compile(source, YOU_BARE) }));
