// The clerk's page: each form records one fact of an application as one CloudEvent through POST /api/v1/events,
// and the server's refusal is shown in words next to the field it concerns; below, the organ's open applications
// with their statutory due dates, overdue ones first.
(function () {
  'use strict';

  const organSelect = document.getElementById('organ');
  const status = document.getElementById('status');
  const openTable = document.querySelector('#open tbody');
  const APPLICANT_TYPES = { NATURAL_PERSON: '自然人', COMMERCIAL_ENTERPRISE: '商业企业', RESEARCH_INSTITUTION: '科研机构',
    PUBLIC_WELFARE_ORGANIZATION: '社会公益组织', LEGAL_SERVICE_INSTITUTION: '法律服务机构', OTHER_ORGANIZATION: '其他' };
  const CLOCKS = { RUNNING: '办理中', AWAITING_CORRECTION: '待补正', PAUSED_FOR_CONSULTATION: '征求意见中' };
  // The refusals a clerk meets, in words; any other is shown as the server words it.
  const RULES = {
    BEFORE_RECEIPT: '日期早于收到申请日期',
    DATE_ORDER: '日期早于前一环节的日期',
    FUTURE_DATE: '日期晚于今天',
    NOT_RECEIVED: '此编号的申请尚未登记',
    CONFLICTING_RECEIPT: '此编号已登记为不同的申请',
    ALREADY_DECIDED: '此申请已经答复',
    CORRECTION_ALREADY_REQUESTED: '此申请已通知过补正',
    NO_CORRECTION_REQUESTED: '此申请没有通知补正',
    CORRECTION_PENDING: '此申请待补正，只能以“逾期不补正”或“其他”办结',
    EXTENSION_ALREADY_GRANTED: '此申请已延期过一次',
    EXTENSION_TOO_LONG: '延期最长20个工作日',
    CONSULTATION_ALREADY_OPEN: '此申请正在征求意见',
    NO_CONSULTATION_OPEN: '此申请没有正在进行的征求意见',
    NO_FEE_CHARGED: '此申请没有未缴的收费通知',
    ID_REUSED: '此事项已以不同内容记录过',
    ORGAN_NOT_PERMITTED: '此令牌不能为该机关登记',
    UNKNOWN_ORGAN: '机关尚未登记',
    INVALID_DATE: '日期格式不正确',
    INVALID_VALUE: '填写的内容不合要求',
    MISSING_FIELD: '此项必填'
  };

  function organ() {
    return organSelect.value;
  }

  function eventOf(form) {
    const type = form.dataset.type;
    const data = { organ: organ() };
    new FormData(form).forEach((value, name) => {
      if (value !== '') {
        data[name] = name === 'workingDays' ? Number(value) : value;
      }
    });
    // One key per application and fact: sent twice, it is a duplicate; changed, the server says so.
    return {
      specversion: '1.0', source: '/gongkai/clerk/' + organ(), type: 'gongkai.application.' + type,
      id: data.applicationId + '/' + type, datacontenttype: 'application/json', data: data
    };
  }

  function clear(form) {
    form.querySelectorAll('.refusal, .result').forEach(span => { span.textContent = ''; });
  }

  function showRefusals(form, problem) {
    (problem.errors || [{ field: null, rule: '', detail: problem.detail }]).forEach(error => {
      const field = (error.field || '').replace(/^data\./, '');
      const words = (RULES[error.rule] || '服务器拒绝') + '（' + error.detail + '）';
      const span = form.querySelector('.refusal[data-for="' + field + '"]') || dateRefusal(form);
      span.textContent = words;
    });
  }

  /** A refusal of the fact as a whole concerns its date: the form's first date field. */
  function dateRefusal(form) {
    const date = form.querySelector('input[type="date"]');
    return form.querySelector('.refusal[data-for="' + date.name + '"]');
  }

  function submit(event) {
    event.preventDefault();
    const form = event.target;
    clear(form);
    gongkaiAccess.api('api/v1/events', {
      method: 'POST', headers: { 'Content-Type': 'application/cloudevents+json' },
      body: JSON.stringify(eventOf(form))
    }).then(response => response.json().then(body => {
      if (!response.ok) {
        showRefusals(form, body);
        return;
      }
      const appended = body.appended > 0 ? '已记录' : '此前已记录，未重复登记';
      form.querySelector('.result').textContent = appended + '（位置 ' + body.position + '）';
      const date = form.querySelector('input[type="date"]').value;
      whenReflected(body.position, date.substring(0, 4), POLLS).then(refreshOpen);
    })).catch(reason => { status.textContent = String(reason); });
  }

  const POLLS = 50;

  /** Resolves once the read side has taken in the stream up to the position (its reports say how far they are). */
  function whenReflected(position, year, polls) {
    return gongkaiAccess.api('api/v1/organs/' + encodeURIComponent(organ()) + '/reports/' + year)
      .then(r => r.json()).then(report => {
        if (report.position >= position || polls <= 1) {
          return report;
        }
        return new Promise(resolve => setTimeout(resolve, 200)).then(() => whenReflected(position, year, polls - 1));
      });
  }

  function refreshOpen() {
    gongkaiAccess.api('api/v1/organs/' + encodeURIComponent(organ()) + '/applications?status=open')
      .then(r => r.json()).then(answer => {
        const rows = answer.applications.slice().sort((a, b) => (b.overdue === true) - (a.overdue === true)
          || String(a.dueOn).localeCompare(String(b.dueOn)));
        openTable.replaceChildren(...rows.map(row));
        status.textContent = '今天 ' + answer.today + '，正在办理 ' + rows.length + ' 件';
      });
  }

  function row(application) {
    const tr = document.createElement('tr');
    tr.id = 'open-' + application.applicationId;
    if (application.overdue) {
      tr.className = 'overdue';
    }
    const days = application.workingDaysLeft === null ? '' : application.workingDaysLeft < 0
      ? '超期 ' + (-application.workingDaysLeft) : String(application.workingDaysLeft);
    [application.applicationId, APPLICANT_TYPES[application.applicantType] || application.applicantType,
      application.receivedOn, CLOCKS[application.clock] || application.clock,
      application.dueOn || (application.awaitingCalendar ? '待' + application.awaitingCalendar + '年日历' : ''),
      days].forEach(text => {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    });
    return tr;
  }

  function outcomes(layout) {
    const select = document.getElementById('outcome');
    layout.rows.filter(r => r.group).forEach(r => {
      const words = r.groupLabel && r.groupLabel !== r.label ? r.groupLabel + '—' + r.label : r.label;
      select.add(new Option(words, r.code));
    });
  }

  Promise.all([gongkaiAccess.api('api/v1/report-layout/applications').then(r => r.json()),
    gongkaiAccess.api('api/v1/organs').then(r => r.json())]).then(([layout, organs]) => {
    outcomes(layout);
    const wanted = new URLSearchParams(location.search).get('organ');
    organs.forEach(o => organSelect.add(new Option(o.name + '（' + o.organ + '）', o.organ, false, o.organ === wanted)));
    organSelect.addEventListener('change', refreshOpen);
    document.querySelectorAll('form.action').forEach(form => form.addEventListener('submit', submit));
    refreshOpen();
  }).catch(reason => { status.textContent = String(reason); });
})();
