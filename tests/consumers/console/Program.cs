using NewsText;

Article article = Article.Parse(File.ReadAllText(args[0]));
Console.WriteLine(article.Title);
