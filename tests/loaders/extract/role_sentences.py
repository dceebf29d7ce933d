"""Real sentences of the labelled development sets that name activities and their agents, shared by
the tests of the role candidates and of the learned role classifier."""

# prose-passages.yaml, ifipnews-ai-for-good-2023
AI_FOR_GOOD = ("AI for Good is organized by ITU, the UN specialized agency for information and communication "
               "technologies, together with 40 partner UN agencies. The summit is co-convened by the government of Switzerland.")
# prose-passages.yaml: the 2023 AI for Good Summit in French
SOMMET = ("Du 8 au 11 juillet, la ville accueille la 7e édition de l’AI for Good Global Summit, l’événement phare des "
          "Nations Unies consacré à l’intelligence artificielle au service des Objectifs de développement durable (ODD). "
          "Organisé par l’Union internationale des télécommunications (UIT) en partenariat avec plus de 40 agences "
          "onusiennes et co-convoqué par la Suisse, ce sommet entend montrer que l’IA peut être un levier d’impact social, "
          "environnemental et économique.")
