import { findMeeting, listDocumentTranslations, listDocumentsOfMeeting, listProposals } from '@tansiq/db';
import type { Language, ProposalMark } from '@tansiq/domain';
import type { ServiceContext } from '../context.ts';
import { proposalTarget } from '../modules/contributions/contribution.presenter.ts';
import {
  moveTranslation,
  saveProposalTranslation,
  saveTranslation,
} from '../modules/translations/translation.service.ts';

/** One proposal translated: its text (none for a NOC or SUP) and its reasons, as the original has them. */
interface DemoProposalTranslation {
  text: string | null;
  reasons: string | null;
}

/**
 * One language version of a demo contribution: its title and each proposal, keyed by the provision of sample
 * Resolution 901 the proposal aims at (each demo contribution aims at a provision once). `in-translation` stores
 * only the first proposal, as a translator who has begun would.
 */
interface DemoLanguageVersion {
  status: 'published' | 'in-translation';
  /** The translated title, stored when the version is saved whole. */
  title?: string;
  proposals: Record<string, DemoProposalTranslation>;
}

/** A demo contribution's translations, the contribution found by its English title. */
export interface DemoTranslations {
  title: string;
  languages: Partial<Record<Language, DemoLanguageVersion>>;
}

// Translations written for the demo. A translated MOD makes, in the base text of its own language (the six
// language versions of sample Resolution 901 under texts/), the change the English original makes, so that
// the compilation's divergence between regions is the same in every language: Egypt and Africa give resolves 2
// the same words, Africa and Europe change the same word of resolves 1 differently and different words of
// instructs 1.

const REGIONAL_OFFICES: Record<Exclude<Language, 'en'>, DemoProposalTranslation> = {
  ar: {
    text: 'أن تقوم المراكز، بدعم من المكاتب الإقليمية، بما يلي:',
    reasons: 'تساعد المكاتب الإقليمية المراكز على بدء عملها.',
  },
  fr: {
    text: "que les centres devraient, avec l'appui des bureaux régionaux:",
    reasons: 'Les bureaux régionaux aident les centres à démarrer.',
  },
  es: {
    text: 'que los centros deberían, con el apoyo de las oficinas regionales:',
    reasons: 'Las oficinas regionales ayudan a los centros a ponerse en marcha.',
  },
  ru: {
    text: 'что центрам следует при поддержке региональных отделений:',
    reasons: 'Региональные отделения помогают центрам начать работу.',
  },
  zh: { text: '社区中心应在区域代表处的支持下：', reasons: '区域代表处帮助社区中心起步。' },
};

const PROMOTE: Record<Exclude<Language, 'en'>, DemoProposalTranslation> = {
  ar: { text: 'تعزيز إنشاء مراكز مجتمعية للمهارات الرقمية؛', reasons: 'للإدارات أن تختار الوسائل.' },
  fr: {
    text: 'de promouvoir la création de centres communautaires pour les compétences numériques;',
    reasons: 'Il appartient aux administrations de choisir les moyens.',
  },
  es: {
    text: 'promover la creación de centros comunitarios para las competencias digitales;',
    reasons: 'Corresponde a las administraciones elegir los medios.',
  },
  ru: {
    text: 'содействовать созданию общинных центров цифровых навыков;',
    reasons: 'Выбор средств остается за администрациями.',
  },
  zh: { text: '促进建立数字技能社区中心；', reasons: '由各主管部门选择方式。' },
};

/** The demo's translations: every language of Egypt's, Africa's and Europe's; Brazil's not finished. */
export const DEMO_TRANSLATIONS: readonly DemoTranslations[] = [
  {
    title: 'Proposals of Egypt on Resolution 901 (sample)',
    languages: {
      ar: {
        status: 'published',
        title: 'مقترحات مصر بشأن القرار 901 (نموذج)',
        proposals: {
          'resolves.2': REGIONAL_OFFICES.ar,
          'considering.d': { text: 'أن المهارات المطلوبة تتغير بتغير الخدمات،', reasons: null },
          'resolves.3': { text: null, reasons: 'تظل لجان الدراسات المكان المناسب لتبادل الخبرات.' },
        },
      },
      fr: {
        status: 'published',
        title: "Propositions de l'Égypte sur la Résolution 901 (exemple)",
        proposals: {
          'resolves.2': REGIONAL_OFFICES.fr,
          'considering.d': {
            text: 'que les compétences recherchées évoluent à mesure que les services évoluent,',
            reasons: null,
          },
          'resolves.3': {
            text: null,
            reasons: "Les commissions d'études restent le bon cadre pour partager l'expérience.",
          },
        },
      },
      es: {
        status: 'published',
        title: 'Propuestas de Egipto sobre la Resolución 901 (ejemplo)',
        proposals: {
          'resolves.2': REGIONAL_OFFICES.es,
          'considering.d': {
            text: 'que las competencias demandadas cambian a medida que cambian los servicios,',
            reasons: null,
          },
          'resolves.3': {
            text: null,
            reasons: 'Las Comisiones de Estudio siguen siendo el lugar adecuado para compartir experiencias.',
          },
        },
      },
      ru: {
        status: 'published',
        title: 'Предложения Египта по Резолюции 901 (образец)',
        proposals: {
          'resolves.2': REGIONAL_OFFICES.ru,
          'considering.d': { text: 'что востребованные навыки меняются по мере изменения услуг,', reasons: null },
          'resolves.3': {
            text: null,
            reasons: 'Исследовательские комиссии остаются надлежащим местом для обмена опытом.',
          },
        },
      },
      zh: {
        status: 'published',
        title: '埃及关于第901号决议的提案（示例）',
        proposals: {
          'resolves.2': REGIONAL_OFFICES.zh,
          'considering.d': { text: '所需技能随着服务的变化而变化，', reasons: null },
          'resolves.3': { text: null, reasons: '研究组仍是交流经验的适当场所。' },
        },
      },
    },
  },
  {
    title: 'African common proposals on Resolution 901 (sample)',
    languages: {
      ar: {
        status: 'published',
        title: 'مقترحات أفريقية مشتركة بشأن القرار 901 (نموذج)',
        proposals: {
          'resolves.1': {
            text: 'دعم إنشاء مراكز مجتمعية للمهارات الرقمية؛',
            reasons: 'لم يكفِ التشجيع وحده لافتتاح عدد كافٍ من المراكز.',
          },
          'resolves.2': REGIONAL_OFFICES.ar,
          'recognizing.abis': {
            text: 'إسهام المكتبات والمدارس ومكاتب البريد في هذا العمل؛',
            reasons: 'تصل مكاتب البريد إلى أماكن لا تصل إليها المكتبات.',
          },
          'instructs-director.1': {
            text: 'بإعداد مبادئ توجيهية وتحديثها بانتظام للمراكز المجتمعية، استناداً إلى المخطط الوارد في الملحق 1 بهذا القرار؛',
            reasons: 'تتقادم المبادئ التوجيهية مع تغير الخدمات.',
          },
        },
      },
      fr: {
        status: 'published',
        title: 'Propositions africaines communes sur la Résolution 901 (exemple)',
        proposals: {
          'resolves.1': {
            text: "d'appuyer la création de centres communautaires pour les compétences numériques;",
            reasons: "L'encouragement seul n'a pas suffi à ouvrir assez de centres.",
          },
          'resolves.2': REGIONAL_OFFICES.fr,
          'recognizing.abis': {
            text: 'la contribution des bibliothèques, des écoles et des bureaux de poste à ce travail;',
            reasons: "Les bureaux de poste atteignent des lieux que les bibliothèques n'atteignent pas.",
          },
          'instructs-director.1': {
            text: "d'établir et de mettre à jour régulièrement des lignes directrices pour les centres communautaires, sur la base du plan figurant dans l'Annexe 1 de la présente résolution;",
            reasons: 'Les lignes directrices vieillissent à mesure que les services évoluent.',
          },
        },
      },
      es: {
        status: 'published',
        title: 'Propuestas comunes africanas sobre la Resolución 901 (ejemplo)',
        proposals: {
          'resolves.1': {
            text: 'apoyar la creación de centros comunitarios para las competencias digitales;',
            reasons: 'El mero aliento no ha bastado para abrir suficientes centros.',
          },
          'resolves.2': REGIONAL_OFFICES.es,
          'recognizing.abis': {
            text: 'la contribución de las bibliotecas, las escuelas y las oficinas de correos a esta labor;',
            reasons: 'Las oficinas de correos llegan a lugares a los que no llegan las bibliotecas.',
          },
          'instructs-director.1': {
            text: 'que elabore y actualice periódicamente directrices para los centros comunitarios, basadas en el esquema que figura en el Anexo 1 a la presente Resolución;',
            reasons: 'Las directrices quedan obsoletas a medida que cambian los servicios.',
          },
        },
      },
      ru: {
        status: 'published',
        title: 'Общие предложения африканских стран по Резолюции 901 (образец)',
        proposals: {
          'resolves.1': {
            text: 'поддерживать создание общинных центров цифровых навыков;',
            reasons: 'Одних лишь мер поощрения не хватило, чтобы открыть достаточно центров.',
          },
          'resolves.2': REGIONAL_OFFICES.ru,
          'recognizing.abis': {
            text: 'вклад библиотек, школ и почтовых отделений в эту работу;',
            reasons: 'Почтовые отделения есть и там, куда не доходят библиотеки.',
          },
          'instructs-director.1': {
            text: 'подготовить и регулярно обновлять руководящие принципы для общинных центров на основе плана, содержащегося в Приложении 1 к настоящей Резолюции;',
            reasons: 'Руководящие принципы устаревают по мере изменения услуг.',
          },
        },
      },
      zh: {
        status: 'published',
        title: '关于第901号决议的非洲共同提案（示例）',
        proposals: {
          'resolves.1': { text: '支持建立数字技能社区中心；', reasons: '仅靠鼓励未能开设足够的社区中心。' },
          'resolves.2': REGIONAL_OFFICES.zh,
          'recognizing.abis': {
            text: '图书馆、学校和邮局对这项工作的贡献；',
            reasons: '邮局能够覆盖图书馆无法覆盖的地方。',
          },
          'instructs-director.1': {
            text: '根据本决议附件1中的大纲，为社区中心编制并定期更新导则；',
            reasons: '导则会随着服务的变化而过时。',
          },
        },
      },
    },
  },
  {
    title: 'European common proposals on Resolution 901 (sample)',
    languages: {
      ar: {
        status: 'published',
        title: 'مقترحات أوروبية مشتركة بشأن القرار 901 (نموذج)',
        proposals: {
          'resolves.1': PROMOTE.ar,
          'recognizing.abis': { text: null, reasons: 'تغطي الفقرة أ) من "وإذ يدرك" هذا العمل بالفعل.' },
          'instructs-director.1': {
            text: 'بإعداد مبادئ توجيهية للمراكز المجتمعية، استناداً إلى المخطط الوارد في الملحق 1 بهذا القرار وإلى خبرة المناطق؛',
            reasons: 'جرّبت المناطق نماذج عديدة.',
          },
        },
      },
      fr: {
        status: 'published',
        title: 'Propositions européennes communes sur la Résolution 901 (exemple)',
        proposals: {
          'resolves.1': PROMOTE.fr,
          'recognizing.abis': { text: null, reasons: 'Le point a) du reconnaissant couvre déjà ce travail.' },
          'instructs-director.1': {
            text: "d'établir des lignes directrices pour les centres communautaires, sur la base du plan figurant dans l'Annexe 1 de la présente résolution et de l'expérience des régions;",
            reasons: 'Les régions ont expérimenté de nombreux modèles.',
          },
        },
      },
      es: {
        status: 'published',
        title: 'Propuestas comunes europeas sobre la Resolución 901 (ejemplo)',
        proposals: {
          'resolves.1': PROMOTE.es,
          'recognizing.abis': { text: null, reasons: 'El punto a) del reconociendo ya abarca esta labor.' },
          'instructs-director.1': {
            text: 'que elabore directrices para los centros comunitarios, basadas en el esquema que figura en el Anexo 1 a la presente Resolución y en la experiencia de las regiones;',
            reasons: 'Las regiones han probado muchos modelos.',
          },
        },
      },
      ru: {
        status: 'published',
        title: 'Общие предложения европейских стран по Резолюции 901 (образец)',
        proposals: {
          'resolves.1': PROMOTE.ru,
          'recognizing.abis': { text: null, reasons: 'Пункт a) раздела «признавая» уже охватывает эту работу.' },
          'instructs-director.1': {
            text: 'подготовить руководящие принципы для общинных центров на основе плана, содержащегося в Приложении 1 к настоящей Резолюции, и опыта регионов;',
            reasons: 'Регионы опробовали множество моделей.',
          },
        },
      },
      zh: {
        status: 'published',
        title: '关于第901号决议的欧洲共同提案（示例）',
        proposals: {
          'resolves.1': PROMOTE.zh,
          'recognizing.abis': { text: null, reasons: '“认识到”部分的a)段已涵盖这项工作。' },
          'instructs-director.1': {
            text: '根据本决议附件1中的大纲和各区域的经验，为社区中心编制导则；',
            reasons: '各区域已尝试过多种模式。',
          },
        },
      },
    },
  },
  {
    // Written in Arabic: its English translation is what an English compilation or consolidation reads.
    title: 'Proposal of Egypt on the languages of the guidelines in Resolution 901 (sample)',
    languages: {
      en: {
        status: 'published',
        title: 'Proposal of Egypt on the languages of the guidelines in Resolution 901 (sample)',
        proposals: {
          'instructs-director.1': {
            text: 'to prepare guidelines for community centres in the six official languages of the Union, based on the outline in Annex 1 to this resolution;',
            reasons: 'Trainers in every region need the guidelines in their own language.',
          },
        },
      },
      fr: {
        status: 'published',
        title: "Proposition de l'Égypte sur les langues des lignes directrices de la Résolution 901 (exemple)",
        proposals: {
          'instructs-director.1': {
            text: "d'établir des lignes directrices pour les centres communautaires dans les six langues officielles de l'Union, sur la base du plan figurant dans l'Annexe 1 de la présente résolution;",
            reasons: 'Les formateurs de chaque région ont besoin des lignes directrices dans leur propre langue.',
          },
        },
      },
      es: {
        status: 'published',
        title: 'Propuesta de Egipto sobre los idiomas de las directrices de la Resolución 901 (ejemplo)',
        proposals: {
          'instructs-director.1': {
            text: 'que elabore directrices para los centros comunitarios en los seis idiomas oficiales de la Unión, basadas en el esquema que figura en el Anexo 1 a la presente Resolución;',
            reasons: 'Los formadores de cada región necesitan las directrices en su propio idioma.',
          },
        },
      },
      ru: {
        status: 'published',
        title: 'Предложение Египта о языках руководящих принципов в Резолюции 901 (образец)',
        proposals: {
          'instructs-director.1': {
            text: 'подготовить руководящие принципы для общинных центров на шести официальных языках Союза на основе плана, содержащегося в Приложении 1 к настоящей Резолюции;',
            reasons: 'Инструкторам в каждом регионе нужны руководящие принципы на их собственном языке.',
          },
        },
      },
      zh: {
        status: 'published',
        title: '埃及关于第901号决议导则语文的提案（示例）',
        proposals: {
          'instructs-director.1': {
            text: '根据本决议附件1中的大纲，以国际电联六种正式语文为社区中心编制导则；',
            reasons: '每个区域的培训人员都需要以本国语文提供的导则。',
          },
        },
      },
    },
  },
  {
    // Chinese stays awaiting translation and Russian is begun, so the queue shows the three statuses.
    title: 'Proposals of Brazil on Resolution 901 (sample)',
    languages: {
      ar: {
        status: 'published',
        title: 'مقترحات البرازيل بشأن القرار 901 (نموذج)',
        proposals: {
          'resolves.1': PROMOTE.ar,
          'resolves.4': {
            text: 'تشجيع المراكز التي تعمل بالطاقة المتجددة حيث تكون الشبكة الكهربائية غير موثوقة،',
            reasons: 'يفتقر كثير من المراكز الريفية إلى إمداد موثوق بالكهرباء.',
          },
        },
      },
      fr: {
        status: 'published',
        title: 'Propositions du Brésil sur la Résolution 901 (exemple)',
        proposals: {
          'resolves.1': PROMOTE.fr,
          'resolves.4': {
            text: "d'encourager les centres alimentés par des énergies renouvelables là où le réseau électrique n'est pas fiable,",
            reasons: "De nombreux centres ruraux n'ont pas d'approvisionnement fiable en électricité.",
          },
        },
      },
      es: {
        status: 'published',
        title: 'Propuestas de Brasil sobre la Resolución 901 (ejemplo)',
        proposals: {
          'resolves.1': PROMOTE.es,
          'resolves.4': {
            text: 'alentar los centros que funcionan con energías renovables donde la red eléctrica no es fiable,',
            reasons: 'Muchos centros rurales carecen de un suministro eléctrico fiable.',
          },
        },
      },
      ru: {
        status: 'in-translation',
        proposals: { 'resolves.1': PROMOTE.ru },
      },
    },
  },
];

/** How many language versions the demo stores (published or in translation). */
export const DEMO_LANGUAGE_VERSIONS = DEMO_TRANSLATIONS.reduce(
  (sum, contribution) => sum + Object.keys(contribution.languages).length,
  0,
);

/**
 * Stores the demo contributions' translations through the translation services, as the operator (each write
 * checked and audited): a published version is saved whole, then published; the version in translation gets
 * its first proposal only. A language version the document has already (any status) is left as it is, so a
 * second load writes nothing. Returns how many versions it stored and how many it found.
 */
export async function loadDemoTranslations(ctx: ServiceContext): Promise<{ created: number; existing: number }> {
  const result = { created: 0, existing: 0 };
  const meeting = await findMeeting(ctx.db, 'wtdc-17');
  if (meeting === undefined) {
    return result;
  }
  const documents = (await listDocumentsOfMeeting(ctx.db, meeting.id)).filter(
    (document) => document.status === 'submitted',
  );
  const stored = await listDocumentTranslations(
    ctx.db,
    documents.map((document) => document.id),
  );
  for (const contribution of DEMO_TRANSLATIONS) {
    const document = documents.find((candidate) => candidate.title.en === contribution.title);
    if (document === undefined) {
      continue;
    }
    const originals = (await listProposals(ctx.db, document.id)).filter((row) => row.number !== null);
    for (const [language, version] of Object.entries(contribution.languages) as [Language, DemoLanguageVersion][]) {
      if (stored.some((row) => row.documentId === document.id && row.language === language)) {
        result.existing++;
        continue;
      }
      const translated = originals.map((row) => {
        const translation = version.proposals[row.provisionId ?? ''];
        return translation === undefined ? undefined : { row, translation };
      });
      if (version.status === 'in-translation') {
        const [first] = translated.filter((entry) => entry !== undefined);
        await saveProposalTranslation(ctx, document.id, language, first!.row.id, {
          ...first!.translation,
          expectedRevision: 0,
        });
      } else {
        const saved = await saveTranslation(ctx, document.id, language, {
          title: version.title ?? null,
          expectedRevision: 0,
          proposals: translated.map((entry, index) => {
            if (entry === undefined) {
              throw new Error(`The demo's ${language} translation lacks proposal ${originals[index]!.number}.`);
            }
            return {
              number: entry.row.number!,
              mark: entry.row.mark as ProposalMark,
              target: proposalTarget(entry.row),
              ...entry.translation,
            };
          }),
        });
        await moveTranslation(ctx, document.id, language, {
          status: 'published',
          expectedRevision: saved.version!.revision,
        });
      }
      result.created++;
    }
  }
  return result;
}
