import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DocumentFormat, DocumentKind, printableDocuments, TEXT_LIMITS } from '@duban/rules';
import { Ctx, Public, RequestContext, TextArg } from '@duban/platform';
import { viewerOf } from '../access';
import { BulletinEntity } from '../assessment';
import { SupervisionItemEntity } from '../item';
import { ReportEntity } from '../report';
import { UrgeNoticeRow, UrgeNoticeView } from '../urge';
import { DocumentsService } from './documents.service';
import { DocumentVerificationView, IssuedDocumentView } from './issued-document.view';
import { VerifyThrottle } from './verify-throttle';

const PRINTABLE = {
  description: 'The forms you may print from this record now (the admin offers exactly these)',
};

@Resolver()
export class DocumentsResolver {
  constructor(
    private readonly service: DocumentsService,
    private readonly throttle: VerifyThrottle,
  ) {}

  // No role guard: the documents rule decides (documentIssueRefusal), after the record is read in scope.
  @Mutation(() => IssuedDocumentView, {
    description:
      '打印: generates the form (PDF or Word) from the record, stores the exact bytes with a verification code, audits the issue and answers a short-lived download link',
  })
  issueDocument(
    @Ctx() ctx: RequestContext,
    @Args('kind', { type: () => DocumentKind }) kind: DocumentKind,
    @Args('subjectId', { type: () => ID, description: 'The item, urge notice, report or bulletin' })
    subjectId: string,
    @Args('format', { type: () => DocumentFormat }) format: DocumentFormat,
  ) {
    return this.service.issue(ctx, kind, subjectId, format);
  }

  @Public()
  @Query(() => DocumentVerificationView, {
    description:
      '核验 (no sign-in): the record of a verification code and, given the SHA-256 of a file, whether it is exactly the issued file. Limited per client address (RATE_LIMITED).',
  })
  async verifyDocument(
    @Ctx() ctx: RequestContext,
    @TextArg('code', TEXT_LIMITS.verificationCode, { description: 'As printed, e.g. 7K3M-Q9XD-2FHT-B8RW' })
    code: string,
    @TextArg('sha256', TEXT_LIMITS.sha256, {
      nullable: true,
      description: 'SHA-256 (hex) of the presented file',
    })
    sha256?: string,
  ) {
    await this.throttle.take(ctx.clientAddress);
    return this.service.verify(ctx, code, sha256);
  }
}

const ITEM_FORMS = [DocumentKind.ITEM_REGISTRATION, DocumentKind.INSTRUCTION_FEEDBACK];

@Resolver(() => SupervisionItemEntity)
export class ItemDocumentsResolver {
  @ResolveField(() => [DocumentKind], PRINTABLE)
  printableDocuments(@Ctx() ctx: RequestContext, @Parent() item: SupervisionItemEntity) {
    return printableDocuments(ITEM_FORMS, viewerOf(ctx.requireActor()), (kind) => ({
      path: item.issuerPath,
      ready: kind === DocumentKind.INSTRUCTION_FEEDBACK ? !!item.feedback : !!item.regNumber,
    }));
  }
}

@Resolver(() => UrgeNoticeView)
export class UrgeDocumentsResolver {
  @ResolveField(() => [DocumentKind], PRINTABLE)
  printableDocuments(@Ctx() ctx: RequestContext, @Parent() notice: UrgeNoticeRow) {
    return printableDocuments([DocumentKind.URGE_NOTICE], viewerOf(ctx.requireActor()), () => ({
      path: notice.unitPath,
      ready: true,
    }));
  }
}

@Resolver(() => ReportEntity)
export class ReportDocumentsResolver {
  @ResolveField(() => [DocumentKind], PRINTABLE)
  printableDocuments(@Ctx() ctx: RequestContext, @Parent() r: ReportEntity) {
    return printableDocuments([DocumentKind.REPORT], viewerOf(ctx.requireActor()), () => ({
      path: r.unitPath,
      ready: !!(r.hash && r.signedAt && r.signedBy),
    }));
  }
}

@Resolver(() => BulletinEntity)
export class BulletinDocumentsResolver {
  @ResolveField(() => [DocumentKind], PRINTABLE)
  printableDocuments(@Ctx() ctx: RequestContext, @Parent() b: BulletinEntity) {
    return printableDocuments([DocumentKind.BULLETIN], viewerOf(ctx.requireActor()), () => ({
      path: b.issuerPath,
      ready: true,
    }));
  }
}
