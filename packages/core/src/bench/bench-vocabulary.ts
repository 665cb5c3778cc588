/** The words the synthetic benchmark dataset is made of, most frequent first within each list. */
export const benchVocabulary = {
  englishWords: `the of and to a in is that for it as with was on be by this are or from at
    an which but not have has can you we they their will more one all if so about would there
    when also what been other these into some its than only new them may use used time such
    how most should could each like data model first two over then well make any very our
    between through after where both way need work training example system just because same
    many those while must set user value before number without since results different file
    output input every good however another case part often still code large small under
    question answer response support check within change using three number important simple
    function error team process however clear short long right left easy hard best better
    return result message content report review build test run rate cost token limit model
    dataset prompt assistant reply context language customer service order account payment
    feature release version update problem issue request request details information policy
    product price shipping delivery refund email address phone schedule meeting project task`
    .split(/\s+/)
    .filter((word) => word.length > 0),
  technicalTerms: [
    'TypeScript',
    'JavaScript',
    'Node.js',
    'PostgreSQL',
    'Kubernetes',
    'GitHub',
    'JSON',
    'JSONL',
    'API',
    'HTTP',
    'OAuth',
    'fine-tuning',
    'gpt-4o-mini',
    'tokenizer',
    'embeddings',
    'latency',
    'throughput',
    'WebSocket',
    'Docker',
    'Redis',
    'GraphQL',
    'async/await',
    'CI/CD',
    'README.md',
    'package.json',
    'localhost:3000',
    'e.g.',
    'i.e.',
  ],
  syllables: `ab ac ad al am an ar as at ba be bi bo ca ce ci co com con cu da de di dis do
    el em en er es ex fa fe fi fo ful ga ge gi go gra ha he hi ho in ing ion is it ive ka la le
    li lo lu ly ma me ment mi mo mu na ne ni no nu ob og or pa pe per pi po pre pro ra re ri ro
    ru sa se si so st su ta te ter ti tion to tra tu ty un ur va ve vi vo za ze`
    .split(/\s+/)
    .filter((syllable) => syllable.length > 0),
  englishNames: ['Alice', 'Bob', 'Carol', 'Dave', 'Erin', 'Mallory', 'Priya', 'Kenji', 'Sofía'],
  japaneseNouns: `会社 開発 技術 問題 方法 情報 環境 設定 機能 確認 学習 自然 言語 処理 結果 目的
    時間 場合 必要 説明 理由 質問 回答 顧客 注文 配送 返金 料金 契約 予定 会議 資料 品質 改善
    安全 管理 運用 設計 実装 検証 性能 費用 記録 履歴 担当 部署 製品 仕様 要件 手順 準備 内容
    文章 意味 日本語 英語 翻訳 要約 分類 推論 評価 指標 精度 速度 容量 負荷 障害 復旧 監視`
    .split(/\s+/)
    .filter((word) => word.length > 0),
  japaneseLoanwords: `データ モデル サーバー ユーザー プログラム アプリケーション データベース
    インターフェース テスト エラー ファイル トークン プロンプト アシスタント サービス
    システム ネットワーク セキュリティ パフォーマンス ドキュメント リリース バージョン`
    .split(/\s+/)
    .filter((word) => word.length > 0),
  japaneseParticles: ['は', 'が', 'を', 'に', 'で', 'と', 'の', 'も', 'から', 'まで', 'より', 'へ'],
  japaneseAdjectives: `新しい 大きな 小さな 重要な 簡単な 便利な 難しい 正しい 早い 遅い 安い 高い
    詳しい 適切な 十分な 具体的な 一般的な`
    .split(/\s+/)
    .filter((word) => word.length > 0),
  japaneseEndings: `します しました できます なります あります います ですか でしょうか
    してください と思います ことができます について説明します が必要です かもしれません
    を確認しました を参考にしてください になっています`
    .split(/\s+/)
    .filter((word) => word.length > 0),
  japaneseConnectors: [
    'しかし',
    'そして',
    'また',
    'つまり',
    '例えば',
    'ただし',
    'なお',
    'まず',
    '次に',
  ],
  codeKeywords: {
    typescript: ['const', 'let', 'return', 'await', 'if', 'for', 'export', 'async', 'throw'],
    python: ['def', 'return', 'if', 'for', 'in', 'import', 'with', 'as', 'raise', 'yield'],
  },
  emoji: ['👍', '🎉', '🙂', '👩‍💻', '🙏🏽', '✅', '⚠️'],
  systemPrompts: [
    'You are a helpful customer support assistant for an online store. Answer politely and concisely, ask for the order number when it is missing, and never promise refunds that the policy does not allow. If the customer is upset, acknowledge it before answering.',
    'You are a senior software engineer who reviews code and answers programming questions. Prefer small, readable functions, explain the trade-offs of each suggestion, show code in fenced blocks with the language named, and point out security problems first.',
    'あなたは丁寧な日本語で答えるカスタマーサポートのアシスタントです。お客様の質問に対して、わかりやすく簡潔に回答してください。注文番号がわからない場合は、まず確認してください。',
    'You are Tuneline, an assistant that explains machine learning concepts to product managers. Avoid jargon, use short examples, and end every answer with one concrete next step the reader can take today. When a question is ambiguous, state your assumption in one sentence.',
  ],
} as const;
