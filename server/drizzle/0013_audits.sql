CREATE TABLE "audit_areas" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_areas_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"audit_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"geometry" jsonb
);
--> statement-breakpoint
CREATE TABLE "audit_imports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_imports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"audit_id" integer NOT NULL,
	"version" integer NOT NULL,
	"rows" integer NOT NULL,
	"imported_by" integer NOT NULL,
	"imported_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_results" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_results_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"audit_id" integer NOT NULL,
	"version" integer NOT NULL,
	"area_code" text NOT NULL,
	"indicator_id" integer NOT NULL,
	"year" integer NOT NULL,
	"n" integer NOT NULL,
	"shares" jsonb,
	"mean" real
);
--> statement-breakpoint
CREATE TABLE "audits" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"city_id" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"fieldwork_from" date NOT NULL,
	"fieldwork_to" date NOT NULL,
	"mode" text NOT NULL,
	"sample_size" integer,
	"response_rate" real,
	"weighting" text,
	"questionnaire" text NOT NULL,
	"office" text,
	"contact" text,
	"report_document_id" integer,
	"questionnaire_document_id" integer,
	"licence" text NOT NULL,
	"visibility" text NOT NULL,
	"group_id" integer,
	"min_n" integer DEFAULT 30 NOT NULL,
	"attribution" text,
	"boundary_licence" text,
	"thread_id" integer,
	"results_version" integer DEFAULT 0 NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicators_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text NOT NULL,
	"name_fr" text NOT NULL,
	"kind" text NOT NULL,
	"categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"headline" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"headline_de" text NOT NULL,
	"headline_en" text NOT NULL,
	"headline_fr" text NOT NULL,
	"city_id" integer,
	"maps_to_id" integer,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "indicators_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "audit_areas" ADD CONSTRAINT "audit_areas_audit_id_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."audits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_imports" ADD CONSTRAINT "audit_imports_audit_id_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."audits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_imports" ADD CONSTRAINT "audit_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_results" ADD CONSTRAINT "audit_results_audit_id_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."audits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_results" ADD CONSTRAINT "audit_results_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_report_document_id_documents_id_fk" FOREIGN KEY ("report_document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_questionnaire_document_id_documents_id_fk" FOREIGN KEY ("questionnaire_document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_areas_code_idx" ON "audit_areas" USING btree ("audit_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_imports_version_idx" ON "audit_imports" USING btree ("audit_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_results_cell_idx" ON "audit_results" USING btree ("audit_id","version","area_code","indicator_id","year");--> statement-breakpoint
CREATE INDEX "audit_results_indicator_idx" ON "audit_results" USING btree ("indicator_id","year");--> statement-breakpoint
CREATE INDEX "audits_city_idx" ON "audits" USING btree ("city_id");
--> statement-breakpoint
-- The network's standard indicators (the DEFUS-Monitor's core items), in de, en and fr.
INSERT INTO "indicators" ("slug", "name_de", "name_en", "name_fr", "kind", "categories", "headline", "headline_de", "headline_en", "headline_fr", "position") VALUES
('safety_dark', 'Sicherheitsgefühl allein im Wohngebiet bei Dunkelheit', 'Feeling of safety alone in one’s area after dark', 'Sentiment de sécurité seul·e dans son quartier la nuit', 'categories', '[{"key": "very_safe", "label": {"de": "sehr sicher", "en": "very safe", "fr": "très en sécurité"}}, {"key": "fairly_safe", "label": {"de": "eher sicher", "en": "fairly safe", "fr": "plutôt en sécurité"}}, {"key": "fairly_unsafe", "label": {"de": "eher unsicher", "en": "fairly unsafe", "fr": "plutôt en insécurité"}}, {"key": "very_unsafe", "label": {"de": "sehr unsicher", "en": "very unsafe", "fr": "très en insécurité"}}]'::jsonb, '["fairly_unsafe", "very_unsafe"]'::jsonb, 'unsicher (eher oder sehr)', 'unsafe (fairly or very)', 'en insécurité (plutôt ou très)', 0),
('safety_day', 'Sicherheitsgefühl allein im Wohngebiet tagsüber', 'Feeling of safety alone in one’s area by day', 'Sentiment de sécurité seul·e dans son quartier le jour', 'categories', '[{"key": "very_safe", "label": {"de": "sehr sicher", "en": "very safe", "fr": "très en sécurité"}}, {"key": "fairly_safe", "label": {"de": "eher sicher", "en": "fairly safe", "fr": "plutôt en sécurité"}}, {"key": "fairly_unsafe", "label": {"de": "eher unsicher", "en": "fairly unsafe", "fr": "plutôt en insécurité"}}, {"key": "very_unsafe", "label": {"de": "sehr unsicher", "en": "very unsafe", "fr": "très en insécurité"}}]'::jsonb, '["fairly_unsafe", "very_unsafe"]'::jsonb, 'unsicher (eher oder sehr)', 'unsafe (fairly or very)', 'en insécurité (plutôt ou très)', 1),
('places_avoided', 'Meidet bestimmte Orte im Wohngebiet', 'Avoids certain places in the area', 'Évite certains lieux du quartier', 'categories', '[{"key": "yes", "label": {"de": "ja", "en": "yes", "fr": "oui"}}, {"key": "no", "label": {"de": "nein", "en": "no", "fr": "non"}}]'::jsonb, '["yes"]'::jsonb, 'ja', 'yes', 'oui', 2),
('worry_burglary', 'Sorge vor Wohnungseinbruch', 'Worry about burglary', 'Crainte du cambriolage', 'categories', '[{"key": "very_worried", "label": {"de": "sehr beunruhigt", "en": "very worried", "fr": "très inquiet·ète"}}, {"key": "fairly_worried", "label": {"de": "eher beunruhigt", "en": "fairly worried", "fr": "plutôt inquiet·ète"}}, {"key": "hardly_worried", "label": {"de": "kaum beunruhigt", "en": "hardly worried", "fr": "peu inquiet·ète"}}, {"key": "not_worried", "label": {"de": "gar nicht beunruhigt", "en": "not worried at all", "fr": "pas du tout inquiet·ète"}}]'::jsonb, '["very_worried", "fairly_worried"]'::jsonb, 'beunruhigt (sehr oder eher)', 'worried (very or fairly)', 'inquiet·ète (très ou plutôt)', 3),
('worry_assault', 'Sorge vor Körperverletzung', 'Worry about assault', 'Crainte d’une agression physique', 'categories', '[{"key": "very_worried", "label": {"de": "sehr beunruhigt", "en": "very worried", "fr": "très inquiet·ète"}}, {"key": "fairly_worried", "label": {"de": "eher beunruhigt", "en": "fairly worried", "fr": "plutôt inquiet·ète"}}, {"key": "hardly_worried", "label": {"de": "kaum beunruhigt", "en": "hardly worried", "fr": "peu inquiet·ète"}}, {"key": "not_worried", "label": {"de": "gar nicht beunruhigt", "en": "not worried at all", "fr": "pas du tout inquiet·ète"}}]'::jsonb, '["very_worried", "fairly_worried"]'::jsonb, 'beunruhigt (sehr oder eher)', 'worried (very or fairly)', 'inquiet·ète (très ou plutôt)', 4),
('worry_harassment', 'Sorge vor Belästigung', 'Worry about harassment', 'Crainte du harcèlement', 'categories', '[{"key": "very_worried", "label": {"de": "sehr beunruhigt", "en": "very worried", "fr": "très inquiet·ète"}}, {"key": "fairly_worried", "label": {"de": "eher beunruhigt", "en": "fairly worried", "fr": "plutôt inquiet·ète"}}, {"key": "hardly_worried", "label": {"de": "kaum beunruhigt", "en": "hardly worried", "fr": "peu inquiet·ète"}}, {"key": "not_worried", "label": {"de": "gar nicht beunruhigt", "en": "not worried at all", "fr": "pas du tout inquiet·ète"}}]'::jsonb, '["very_worried", "fairly_worried"]'::jsonb, 'beunruhigt (sehr oder eher)', 'worried (very or fairly)', 'inquiet·ète (très ou plutôt)', 5),
('victim_12m', 'Opfer einer Straftat in den letzten 12 Monaten', 'Victim of a crime in the last 12 months', 'Victime d’une infraction au cours des 12 derniers mois', 'categories', '[{"key": "yes", "label": {"de": "ja", "en": "yes", "fr": "oui"}}, {"key": "no", "label": {"de": "nein", "en": "no", "fr": "non"}}]'::jsonb, '["yes"]'::jsonb, 'ja', 'yes', 'oui', 6),
('disorder_litter', 'Problem im Wohngebiet: Müll und Verschmutzung', 'Problem in the area: litter and dirt', 'Problème dans le quartier : déchets et saleté', 'categories', '[{"key": "big_problem", "label": {"de": "großes Problem", "en": "big problem", "fr": "problème important"}}, {"key": "some_problem", "label": {"de": "gewisses Problem", "en": "some problem", "fr": "certain problème"}}, {"key": "small_problem", "label": {"de": "kleines Problem", "en": "small problem", "fr": "petit problème"}}, {"key": "no_problem", "label": {"de": "kein Problem", "en": "no problem", "fr": "aucun problème"}}]'::jsonb, '["big_problem", "some_problem"]'::jsonb, 'ein Problem (großes oder gewisses)', 'a problem (big or some)', 'un problème (important ou certain)', 7),
('disorder_graffiti', 'Problem im Wohngebiet: Graffiti und Sachbeschädigung', 'Problem in the area: graffiti and vandalism', 'Problème dans le quartier : graffitis et dégradations', 'categories', '[{"key": "big_problem", "label": {"de": "großes Problem", "en": "big problem", "fr": "problème important"}}, {"key": "some_problem", "label": {"de": "gewisses Problem", "en": "some problem", "fr": "certain problème"}}, {"key": "small_problem", "label": {"de": "kleines Problem", "en": "small problem", "fr": "petit problème"}}, {"key": "no_problem", "label": {"de": "kein Problem", "en": "no problem", "fr": "aucun problème"}}]'::jsonb, '["big_problem", "some_problem"]'::jsonb, 'ein Problem (großes oder gewisses)', 'a problem (big or some)', 'un problème (important ou certain)', 8),
('disorder_youth_groups', 'Problem im Wohngebiet: herumhängende Gruppen Jugendlicher', 'Problem in the area: groups of young people hanging around', 'Problème dans le quartier : groupes de jeunes qui traînent', 'categories', '[{"key": "big_problem", "label": {"de": "großes Problem", "en": "big problem", "fr": "problème important"}}, {"key": "some_problem", "label": {"de": "gewisses Problem", "en": "some problem", "fr": "certain problème"}}, {"key": "small_problem", "label": {"de": "kleines Problem", "en": "small problem", "fr": "petit problème"}}, {"key": "no_problem", "label": {"de": "kein Problem", "en": "no problem", "fr": "aucun problème"}}]'::jsonb, '["big_problem", "some_problem"]'::jsonb, 'ein Problem (großes oder gewisses)', 'a problem (big or some)', 'un problème (important ou certain)', 9),
('disorder_drugs', 'Problem im Wohngebiet: Drogenkonsum im öffentlichen Raum', 'Problem in the area: drug use in public', 'Problème dans le quartier : consommation de drogues dans l’espace public', 'categories', '[{"key": "big_problem", "label": {"de": "großes Problem", "en": "big problem", "fr": "problème important"}}, {"key": "some_problem", "label": {"de": "gewisses Problem", "en": "some problem", "fr": "certain problème"}}, {"key": "small_problem", "label": {"de": "kleines Problem", "en": "small problem", "fr": "petit problème"}}, {"key": "no_problem", "label": {"de": "kein Problem", "en": "no problem", "fr": "aucun problème"}}]'::jsonb, '["big_problem", "some_problem"]'::jsonb, 'ein Problem (großes oder gewisses)', 'a problem (big or some)', 'un problème (important ou certain)', 10),
('trust_police', 'Vertrauen in die Polizei', 'Trust in the police', 'Confiance dans la police', 'categories', '[{"key": "high_trust", "label": {"de": "großes Vertrauen", "en": "a lot of trust", "fr": "grande confiance"}}, {"key": "some_trust", "label": {"de": "eher Vertrauen", "en": "some trust", "fr": "plutôt confiance"}}, {"key": "little_trust", "label": {"de": "wenig Vertrauen", "en": "little trust", "fr": "peu confiance"}}, {"key": "no_trust", "label": {"de": "kein Vertrauen", "en": "no trust", "fr": "aucune confiance"}}]'::jsonb, '["high_trust", "some_trust"]'::jsonb, 'Vertrauen (groß oder eher)', 'trust (a lot or some)', 'confiance (grande ou plutôt)', 11),
('trust_order_office', 'Vertrauen in das Ordnungsamt', 'Trust in the public-order office', 'Confiance dans le service municipal de l’ordre public', 'categories', '[{"key": "high_trust", "label": {"de": "großes Vertrauen", "en": "a lot of trust", "fr": "grande confiance"}}, {"key": "some_trust", "label": {"de": "eher Vertrauen", "en": "some trust", "fr": "plutôt confiance"}}, {"key": "little_trust", "label": {"de": "wenig Vertrauen", "en": "little trust", "fr": "peu confiance"}}, {"key": "no_trust", "label": {"de": "kein Vertrauen", "en": "no trust", "fr": "aucune confiance"}}]'::jsonb, '["high_trust", "some_trust"]'::jsonb, 'Vertrauen (groß oder eher)', 'trust (a lot or some)', 'confiance (grande ou plutôt)', 12),
('know_prevention', 'Kennt Präventionsangebote der Stadt', 'Knows the city’s prevention offers', 'Connaît les offres de prévention de la ville', 'categories', '[{"key": "yes", "label": {"de": "ja", "en": "yes", "fr": "oui"}}, {"key": "no", "label": {"de": "nein", "en": "no", "fr": "non"}}]'::jsonb, '["yes"]'::jsonb, 'ja', 'yes', 'oui', 13);
